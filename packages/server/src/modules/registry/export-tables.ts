import { eq } from 'drizzle-orm';
import { type OrganisationExporter, plain } from '../../lib/organisation-export.ts';
import {
  activities,
  activityReach,
  formationPlans,
  registryLogs,
  registryPeople,
  registrySettings,
  registrySignalMails,
} from './table.ts';

/** The registry: people, their logs, the signals mailed to them, the settings, the formation plan, activities and their reach (counts only). */
export const registryExporter: OrganisationExporter = async (tx, orgId) => {
  const own = <T extends { orgId: string }>(rows: T[]) =>
    plain(rows.map(({ orgId: _orgId, ...rest }) => rest));
  return [
    {
      name: 'registryPeople',
      rows: own(await tx.select().from(registryPeople).where(eq(registryPeople.orgId, orgId))),
    },
    {
      name: 'registryLogs',
      rows: own(await tx.select().from(registryLogs).where(eq(registryLogs.orgId, orgId))),
    },
    {
      name: 'registrySignalMails',
      rows: own(await tx.select().from(registrySignalMails).where(eq(registrySignalMails.orgId, orgId))),
    },
    {
      name: 'registrySettings',
      rows: own(await tx.select().from(registrySettings).where(eq(registrySettings.orgId, orgId))),
    },
    {
      name: 'formationPlan',
      rows: own(await tx.select().from(formationPlans).where(eq(formationPlans.orgId, orgId))),
    },
    { name: 'activities', rows: own(await tx.select().from(activities).where(eq(activities.orgId, orgId))) },
    {
      name: 'activityReach',
      rows: own(await tx.select().from(activityReach).where(eq(activityReach.orgId, orgId))),
    },
  ];
};
