import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { longDateFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type OpenInvitation, useInvitations } from '../api/get-invitations.ts';
import type { Team } from '../api/get-organisation.ts';
import { useWithdrawInvitation } from '../api/withdraw-invitation.ts';

/** Invitations that can still be accepted; an org_admin can withdraw them. */
export function InvitationsSection({
  orgId,
  teams,
  canManage,
}: {
  orgId: string;
  teams: Team[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const invitations = useInvitations(orgId);
  const withdraw = useWithdrawInvitation();
  const { feedback, setFeedback, fail } = useFormFeedback();
  const date = longDateFormat(locale);
  const teamName = (teamId: string | null) => teams.find((team) => team.id === teamId)?.name;

  const onWithdraw = (invitation: OpenInvitation) => {
    if (withdraw.isPending) return;
    withdraw.mutateAsync({ orgId, invitationId: invitation.id }).then(
      () =>
        setFeedback({
          kind: 'success',
          text: t('invitations.withdrawn', { email: invitation.email }),
          focus: true,
        }),
      (error: Error) => fail(error),
    );
  };

  return (
    <Section id="invitations-title" title={t('invitations.title')}>
      <SectionFeedback feedback={feedback} />
      <QueryState query={invitations} none={t('invitations.none')}>
        {(list) => (
          <DataTable
            caption={t('invitations.caption')}
            hideCaption
            head={
              <>
                <th scope="col">{t('invitations.email')}</th>
                <th scope="col">{t('invitations.role')}</th>
                <th scope="col">{t('invitations.team')}</th>
                <th scope="col">{t('invitations.expires')}</th>
                {canManage && <th scope="col">{t('invitations.actions')}</th>}
              </>
            }
          >
            {list.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row" className="table__break">
                  {invitation.email}
                </th>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>{teamName(invitation.teamId) ?? <span className="muted">{t('members.noTeam')}</span>}</td>
                <td>
                  <time dateTime={invitation.expiresAt}>{date.format(new Date(invitation.expiresAt))}</time>
                </td>
                {canManage && (
                  <td>
                    <Button onClick={() => onWithdraw(invitation)}>
                      {t('invitations.withdraw')}
                      <span className="visually-hidden"> {invitation.email}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Section>
  );
}
