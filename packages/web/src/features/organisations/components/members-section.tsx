import type { OrgRole } from '@derde-bron/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { TeamOptions } from '../../../components/team-options.tsx';
import { useFormFeedback, useProblemOf } from '../../../lib/use-form-mutation.ts';
import { useEndMemberSessions } from '../api/end-member-sessions.ts';
import { type Member, useMembers } from '../api/get-members.ts';
import type { Team } from '../api/get-organisation.ts';
import { useRemoveMember } from '../api/remove-member.ts';
import { useUpdateMember } from '../api/update-member.ts';
import { RoleOptions } from './role-options.tsx';

type Props = {
  orgId: string;
  teams: Team[];
  canManage: boolean;
  canEndSessions: boolean;
  ownMembershipId: string;
};

/** The members table; an org_admin changes a role per row, removes (after a check) or signs out. */
export function MembersSection(props: Props) {
  const { t } = useTranslation();
  const members = useMembers(props.orgId);
  const { feedback, setFeedback } = useFormFeedback();
  const hasActions = props.canManage || props.canEndSessions;
  return (
    <Section id="members-title" title={t('members.title')}>
      {props.canManage && <p>{t('members.manageIntro')}</p>}
      <SectionFeedback feedback={feedback} />
      <QueryState query={members}>
        {(list) => (
          <DataTable
            caption={t('members.caption')}
            hideCaption
            head={
              <>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.team')}</th>
                <th scope="col">{t('members.twoFactor')}</th>
                {hasActions && <th scope="col">{t('members.actions')}</th>}
              </>
            }
          >
            {list.map((member) => (
              <MemberRow
                // A new key when the server's answer changes, so the row's draft starts afresh.
                key={`${member.id}:${member.role}:${member.teamId}`}
                member={member}
                {...props}
                hasActions={hasActions}
                onFeedback={setFeedback}
              />
            ))}
          </DataTable>
        )}
      </QueryState>
    </Section>
  );
}

function MemberRow({
  member,
  orgId,
  teams,
  canManage,
  canEndSessions,
  ownMembershipId,
  hasActions,
  onFeedback,
}: Props & { member: Member; hasActions: boolean; onFeedback: (feedback: Feedback) => void }) {
  const { t } = useTranslation();
  const problemOf = useProblemOf();
  const update = useUpdateMember();
  const remove = useRemoveMember();
  const endSessions = useEndMemberSessions();
  const [role, setRole] = useState<OrgRole>(member.role);
  const [teamId, setTeamId] = useState(member.teamId ?? '');
  const [teamError, setTeamError] = useState<string | undefined>();
  const isSelf = member.id === ownMembershipId;
  const teamName = teams.find((team) => team.id === member.teamId)?.name;
  const fail = (error: Error) => onFeedback({ kind: 'error', problem: problemOf(error) });
  const ids = { role: `member-${member.id}-role`, team: `member-${member.id}-team` };

  const onSave = () => {
    if (update.isPending) return;
    const newTeamId = role === 'team_manager' ? teamId || null : null;
    if (role === 'team_manager' && !newTeamId) {
      const message = t('form.errors.teamRequired');
      setTeamError(message);
      onFeedback({
        kind: 'error',
        problem: { message: t('form.checkFields'), fields: { team: message } },
      });
      return;
    }
    setTeamError(undefined);
    if (role === member.role && newTeamId === member.teamId) {
      onFeedback({ kind: 'success', text: t('members.unchanged', { name: member.name }), focus: false });
      return;
    }
    // A promise: the row starts afresh (new key) once the list is fetched again.
    update.mutateAsync({ orgId, membershipId: member.id, role, teamId: newTeamId, isSelf }).then(
      () =>
        onFeedback({
          kind: 'success',
          text: t('members.saved', { name: member.name, role: t(`roles.${role}`) }),
          focus: false,
        }),
      fail,
    );
  };

  const onRemove = (done: () => void) => {
    if (remove.isPending) return;
    // A promise: the row is gone from the table as soon as the list is fetched again.
    remove.mutateAsync({ orgId, membershipId: member.id, isSelf }).then(
      () => onFeedback({ kind: 'success', text: t('members.removed', { name: member.name }), focus: true }),
      (error: Error) => {
        done();
        fail(error);
      },
    );
  };

  const onEndSessions = () => {
    if (endSessions.isPending) return;
    endSessions.mutate(
      { orgId, membershipId: member.id, isSelf },
      {
        onSuccess: () =>
          onFeedback({
            kind: 'success',
            text: t('members.sessionsEnded', { name: member.name }),
            focus: false,
          }),
        onError: fail,
      },
    );
  };

  return (
    <tr>
      <th scope="row">
        {member.name}
        {isSelf && <span className="muted"> {t('members.you')}</span>}
        <span className="table__note table__break">{member.email}</span>
      </th>
      <td>
        {canManage ? (
          <SelectField
            id={ids.role}
            label={t('members.roleOf', { name: member.name })}
            hideLabel
            value={role}
            onChange={(event) => setRole(event.target.value as OrgRole)}
          >
            <RoleOptions />
          </SelectField>
        ) : (
          t(`roles.${member.role}`)
        )}
      </td>
      <td>
        {canManage && role === 'team_manager' ? (
          <SelectField
            id={ids.team}
            label={t('members.teamOf', { name: member.name })}
            hideLabel
            value={teamId}
            error={teamError}
            onChange={(event) => setTeamId(event.target.value)}
          >
            <TeamOptions teams={teams} none={t('organisation.chooseTeam')} />
          </SelectField>
        ) : (
          (teamName ?? <span className="muted">{t('members.noTeam')}</span>)
        )}
      </td>
      <td>{member.hasTwoFactor ? t('members.twoFactorOn') : t('members.twoFactorOff')}</td>
      {hasActions && (
        <td>
          <div className="button-row button-row--stacked">
            {canManage && (
              <Button variant="primary" onClick={onSave}>
                {t('members.save')}
                <span className="visually-hidden"> {member.name}</span>
              </Button>
            )}
            {canEndSessions && (
              <Button onClick={onEndSessions}>
                {t('members.endSessions')}
                <span className="visually-hidden"> {member.name}</span>
              </Button>
            )}
            {canManage && (
              <ConfirmAction
                label={
                  <>
                    {t('members.remove')}
                    <span className="visually-hidden"> {member.name}</span>
                  </>
                }
                question={t(isSelf ? 'members.confirmRemoveSelf' : 'members.confirmRemove', {
                  name: member.name,
                })}
                yes={t('members.confirmYes')}
                onConfirm={onRemove}
              />
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
