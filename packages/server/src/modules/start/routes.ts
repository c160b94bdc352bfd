import { can, computeSignals, computeWaveStatus, todayIso } from '@derde-bron/domain';
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { invitations, measurementWaves, roadmapGoals } from '../../db/schema.ts';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { listGroups } from '../measurement/index.ts';
import { findPersonOfMembership, getPerson, getSettings, listSignalFacts } from '../registry/index.ts';
import { listReports } from '../reports/index.ts';
import { ensureRoadmap, getFrameworkContent, listItems } from '../roadmap/index.ts';

/** How many of each kind of work the start page lists; the page it links to has the rest. */
const listed = 8;

const startSchema = z.object({
  roadmap: z
    .object({
      items: z.array(
        z.object({
          itemKey: z.string(),
          stepNumber: z.int(),
          label: z.string(),
          status: z.string(),
          dueDate: z.string().nullable(),
          overdue: z.boolean(),
          mine: z.boolean(),
        }),
      ),
      goals: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          stepNumber: z.int(),
          deadline: z.string().nullable(),
          overdue: z.boolean(),
        }),
      ),
    })
    .nullable(),
  /**
   * Open waves for those who run them: per wave only how many groups have enough answers, as the
   * wave's own page shows it (docs/anonymity.md, rule 8). No answer counts.
   */
  openWaves: z
    .array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        status: z.enum(['scheduled', 'open']),
        opensOn: z.string(),
        closesOn: z.string(),
        groups: z.int(),
        groupsWithEnough: z.int(),
      }),
    )
    .nullable(),
  /**
   * Closed waves whose results are published, newest first; for those who run measurements, whether
   * the terugkoppeling to staff is still to be given (closing the cycle).
   */
  results: z
    .array(z.object({ id: z.uuid(), title: z.string(), closesOn: z.string(), feedbackDue: z.boolean() }))
    .nullable(),
  /** Registry signals: for those who run the registry, how many people need attention. */
  signals: z.object({ people: z.int() }).nullable(),
  /** An expert's own record: whether there is one, and how many signals it has. */
  ownRecord: z.object({ exists: z.boolean(), signals: z.int() }).nullable(),
  reportsReady: z
    .array(
      z.object({
        id: z.uuid(),
        year: z.int().nullable(),
        variant: z.string().nullable(),
        finishedAt: z.string(),
      }),
    )
    .nullable(),
  invitationsPending: z.int().nullable(),
});

/**
 * "Wat moet ik doen?": the work waiting for the signed-in member, from the repositories each page
 * uses, and only what their role may see (a part they may not see is null, not empty).
 */
export default orgRoutesPlugin({ tags: ['organisations'] }, (route) => {
  route.get('/api/organisations/:orgId/start', {
    permission: 'organisation.read',
    summary:
      'The start page: open roadmap items and goals, waves, signals, reports and invitations, per role',
    response: startSchema,
    handler: async ({ tx, orgId, member: { membership }, request }) => {
      const role = membership.role;
      const locale = pickLocale(request);
      const today = todayIso();
      let roadmap: z.infer<typeof startSchema>['roadmap'] = null;
      if (can(role, 'roadmap.read')) {
        const found = await ensureRoadmap(tx, orgId);
        const content = found ? await getFrameworkContent(tx, found.frameworkVersion) : null;
        const where = new Map(
          (content?.steps ?? []).flatMap((step) =>
            step.items.map((item) => [item.key, { step, item }] as const),
          ),
        );
        const stepNumber = new Map((content?.steps ?? []).map((step) => [step.key, step.number]));
        const items = (await listItems(tx, orgId))
          .filter(
            (row) =>
              row.retiredAt === null &&
              row.status !== 'done' &&
              row.status !== 'notApplicable' &&
              (row.dueDate !== null || row.ownerMembershipId === membership.id),
          )
          .flatMap((row) => {
            const place = where.get(row.itemKey);
            if (!place) return [];
            return [
              {
                itemKey: row.itemKey,
                stepNumber: place.step.number,
                label: `${place.step.number}.${place.item.number} ${place.item.title[locale]}`,
                status: row.status,
                dueDate: row.dueDate,
                overdue: row.dueDate !== null && row.dueDate < today,
                mine: row.ownerMembershipId === membership.id,
              },
            ];
          })
          .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
          .slice(0, listed);
        const goals = (
          await tx
            .select()
            .from(roadmapGoals)
            .where(eq(roadmapGoals.orgId, orgId))
            .orderBy(asc(roadmapGoals.deadline))
        )
          .filter((goal) => goal.status !== 'done' && goal.deadline !== null)
          .slice(0, listed)
          .map((goal) => ({
            id: goal.id,
            title: goal.title,
            stepNumber: stepNumber.get(goal.stepKey) ?? 1,
            deadline: goal.deadline,
            overdue: goal.deadline !== null && goal.deadline < today,
          }));
        roadmap = { items, goals };
      }

      const waves =
        can(role, 'measurement.manage') || can(role, 'measurement.results')
          ? await tx
              .select()
              .from(measurementWaves)
              .where(eq(measurementWaves.orgId, orgId))
              .orderBy(desc(measurementWaves.closesOn))
          : [];
      let openWaves: z.infer<typeof startSchema>['openWaves'] = null;
      if (can(role, 'measurement.manage')) {
        openWaves = [];
        for (const wave of waves) {
          const status = computeWaveStatus(wave, today);
          if (status === 'closed') continue;
          const groups = await listGroups(tx, wave);
          openWaves.push({
            id: wave.id,
            title: wave.title,
            status,
            opensOn: wave.opensOn,
            closesOn: wave.closesOn,
            groups: groups.length,
            groupsWithEnough: groups.filter((group) => group.progress.state === 'enough').length,
          });
        }
      }
      const results = can(role, 'measurement.results')
        ? waves
            .filter((wave) => wave.published !== null)
            .slice(0, listed)
            .map((wave) => ({
              id: wave.id,
              title: wave.title,
              closesOn: wave.closesOn,
              feedbackDue: can(role, 'measurement.manage') && wave.feedbackPublishedAt === null,
            }))
        : null;

      let signals: z.infer<typeof startSchema>['signals'] = null;
      if (can(role, 'registry.manage')) {
        const settings = await getSettings(tx, orgId);
        const flagged = (await listSignalFacts(tx, orgId)).filter(
          (person) => computeSignals(person, today, settings.rolesRequiringRegistration, settings).length > 0,
        );
        signals = { people: flagged.length };
      }

      let ownRecord: z.infer<typeof startSchema>['ownRecord'] = null;
      if (role === 'expert') {
        const personId = await findPersonOfMembership(tx, orgId, membership.id);
        if (personId) {
          const person = await getPerson(tx, orgId, personId);
          const settings = await getSettings(tx, orgId);
          ownRecord = {
            exists: true,
            signals: person.endedOn
              ? 0
              : computeSignals(person, today, settings.rolesRequiringRegistration, settings).length,
          };
        } else ownRecord = { exists: false, signals: 0 };
      }

      const reportsReady = can(role, 'reports.read')
        ? (await listReports(tx, { orgId }))
            .filter((report) => report.status === 'ready' && report.finishedAt !== null)
            .slice(0, listed)
            .map((report) => ({
              id: report.id,
              year: report.year,
              variant: report.variant,
              finishedAt: (report.finishedAt as Date).toISOString(),
            }))
        : null;

      const invitationsPending = can(role, 'members.read')
        ? (
            await tx
              .select({ id: invitations.id })
              .from(invitations)
              .where(
                and(
                  eq(invitations.orgId, orgId),
                  isNull(invitations.usedAt),
                  isNull(invitations.revokedAt),
                  gt(invitations.expiresAt, new Date()),
                ),
              )
          ).length
        : null;

      return { roadmap, openWaves, results, signals, ownRecord, reportsReady, invitationsPending };
    },
  });
});
