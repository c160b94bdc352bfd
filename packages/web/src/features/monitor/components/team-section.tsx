import { type MonitorTeamRole, monitorTeamRoles } from '@derde-bron/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFieldValues } from '../../../lib/use-field-values.ts';
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
  const { feedback, setFeedback, problem, fail, check, succeed } = useFormFeedback();
  const members = useOwners(orgId, canEdit);
  const add = useAddTeamMember();
  const remove = useRemoveTeamMember();
  const candidates = (members.data ?? []).filter((m) => !team.some((named) => named.membershipId === m.id));
  const fields = {
    membershipId: { id: 'monitor-team-member', label: t('monitor.team.member') },
    teamRole: { id: 'monitor-team-role', label: t('monitor.team.role') },
  };
  const { values, set, bind } = useFieldValues(
    fields,
    { membershipId: '', teamRole: 'coordinator' },
    problem,
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { membershipId } = values;
    if (add.isPending || !check({ membershipId: !membershipId && t('monitor.team.memberRequired') })) return;
    const name = candidates.find((m) => m.id === membershipId)?.name ?? '';
    const teamRole = values.teamRole as MonitorTeamRole;
    add.mutateAsync({ orgId, membershipId, teamRole }).then(() => {
      set('membershipId', '');
      succeed(t('monitor.team.added', { name }), false);
    }, fail);
  };

  return (
    <Section id="monitor-team-title" title={t('monitor.team.title')}>
      <p>{t('monitor.team.intro')}</p>
      <SectionFeedback feedback={feedback} fields={fields} />
      <OrNone items={team} none={t('monitor.team.none')}>
        <DataTable
          caption={t('monitor.team.caption')}
          hideCaption
          columns={columnsUnder(t, 'monitor', ['team.name', 'team.role', ...(canEdit ? ['actions'] : [])])}
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
          <SelectField {...bind('membershipId')}>
            <option value="">{t('monitor.team.choose')}</option>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <SelectField {...bind('teamRole')}>
            <Options values={monitorTeamRoles} label={(role) => t(`monitor.teamRoles.${role}`)} />
          </SelectField>
          <FormActions label={t('monitor.team.add')} pending={add.isPending} />
        </form>
      )}
    </Section>
  );
}
