import { can } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import type { Membership } from '../../../lib/session.ts';
import { OrganisationDataSection } from '../../organisation-data/components/organisation-data-section.tsx';
import { useOrganisation } from '../api/get-organisation.ts';
import { InvitationsSection } from './invitations-section.tsx';
import { InviteForm } from './invite-form.tsx';
import { MembersSection } from './members-section.tsx';
import { SizeSection } from './size-section.tsx';
import { TeamsSection } from './teams-section.tsx';

/**
 * The person's own organisation: its teams, members and open invitations. What shows, and what
 * can be changed, follows the role table (`can`); the server checks the same table.
 */
export function OrganisationContent({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { orgId, role } = membership;
  const organisation = useOrganisation(orgId);
  return (
    <QueryState query={organisation}>
      {(data) => (
        <>
          <p className="lead">
            {t('organisation.intro', { organisation: data.name, role: t(`roles.${role}`) })}
          </p>
          {can(role, 'audit.read') && (
            <p>
              <Link to="/organisatie/logboek">{t('organisation.auditLink')}</Link>
            </p>
          )}
          {can(role, 'members.read') && (
            <MembersSection
              orgId={orgId}
              teams={data.teams}
              canManage={can(role, 'members.manage')}
              canEndSessions={can(role, 'sessions.endForMember')}
              ownMembershipId={membership.id}
            />
          )}
          {can(role, 'members.manage') && <InviteForm orgId={orgId} teams={data.teams} />}
          {can(role, 'members.read') && (
            <InvitationsSection orgId={orgId} teams={data.teams} canManage={can(role, 'members.manage')} />
          )}
          <TeamsSection orgId={orgId} teams={data.teams} canManage={can(role, 'teams.manage')} />
          <SizeSection orgId={orgId} canManage={can(role, 'network.participation')} />
          <OrganisationDataSection orgId={orgId} organisationName={data.name} role={role} />
        </>
      )}
    </QueryState>
  );
}
