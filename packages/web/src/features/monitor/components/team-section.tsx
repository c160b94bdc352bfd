import { type MonitorTeamRole, monitorTeamRoles } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useOwners } from '../../roadmap/api/get-owners.ts';
import { useAddTeamMember, useRemoveTeamMember } from '../api/change-monitor.ts';
import type { TeamMember } from '../api/get-monitor.ts';

/** "Implementatieteam": who judges the steps together, by name and role in the team. */
export function TeamSection({
  orgId,
  team,
  canEdit,
}: {
  orgId: string;
  team: TeamMember[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { feedback, setFeedback, fail, check, succeed } = useFormFeedback();
  const members = useOwners(orgId, canEdit);
  const add = useAddTeamMember();
  const remove = useRemoveTeamMember();
  const [membershipId, setMembershipId] = useState('');
  const [teamRole, setTeamRole] = useState<MonitorTeamRole>('coordinator');
  const candidates = (members.data ?? []).filter((m) => !team.some((named) => named.membershipId === m.id));
  const fields = {
    member: { id: 'monitor-team-member', label: t('monitor.team.member') },
    role: { id: 'monitor-team-role', label: t('monitor.team.role') },
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending || !check({ member: !membershipId && t('monitor.team.memberRequired') })) return;
    const name = candidates.find((m) => m.id === membershipId)?.name ?? '';
    add.mutateAsync({ orgId, membershipId, teamRole }).then(() => {
      setMembershipId('');
      succeed(t('monitor.team.added', { name }), false);
    }, fail);
  };

  return (
    <Section id="monitor-team-title" title={t('monitor.team.title')}>
      <p>{t('monitor.team.intro')}</p>
      <SectionFeedback feedback={feedback} />
      <OrNone items={team} none={t('monitor.team.none')}>
        <DataTable
          caption={t('monitor.team.caption')}
          hideCaption
          columns={[
            t('monitor.team.name'),
            t('monitor.team.role'),
            ...(canEdit ? [t('monitor.actions')] : []),
          ]}
        >
          {team.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.name}</th>
              <td>{t(`monitor.teamRoles.${member.teamRole}`)}</td>
              {canEdit && (
                <td>
                  <Button
                    variant="link"
                    onClick={() =>
                      remove.mutateAsync({ orgId, id: member.id }).then(
                        () =>
                          setFeedback({
                            kind: 'success',
                            text: t('monitor.team.removed', { name: member.name }),
                            focus: false,
                          }),
                        fail,
                      )
                    }
                  >
                    {t('monitor.team.remove')}
                    <span className="visually-hidden"> {member.name}</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      </OrNone>
      {canEdit && (
        <form onSubmit={onSubmit} noValidate>
          <h3>{t('monitor.team.addTitle')}</h3>
          <SelectField
            {...fields.member}
            value={membershipId}
            onChange={(e) => setMembershipId(e.target.value)}
          >
            <option value="">{t('monitor.team.choose')}</option>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            {...fields.role}
            value={teamRole}
            onChange={(e) => setTeamRole(e.target.value as MonitorTeamRole)}
          >
            <Options values={monitorTeamRoles} label={(role) => t(`monitor.teamRoles.${role}`)} />
          </SelectField>
          <FormActions label={t('monitor.team.add')} pending={add.isPending} />
        </form>
      )}
    </Section>
  );
}
