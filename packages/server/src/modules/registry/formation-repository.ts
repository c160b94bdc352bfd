import { computeFormation, emptyFormationPlan, type FormationPlan, todayIso } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import { saveVersionedRow } from '../../db/rows.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict } from '../../http-error.ts';
import { getSettings, peopleGroups } from './repository.ts';
import { formationPlans } from './table.ts';

/** The organisation's formatieplan; an empty plan (as version 1) until it saves its own. */
export async function getFormationPlan(tx: Tx, orgId: string) {
  const [existing] = await tx
    .select({
      hoursPerFte: formationPlans.hoursPerFte,
      targets: formationPlans.targets,
      budget: formationPlans.budget,
      version: formationPlans.version,
    })
    .from(formationPlans)
    .where(eq(formationPlans.orgId, orgId));
  return existing ?? { ...emptyFormationPlan, targets: [], budget: [], version: 1 };
}

/** Saves the whole plan if nobody saved in between (409 with the current plan otherwise). */
export async function updateFormationPlan(tx: Tx, orgId: string, version: number, plan: FormationPlan) {
  const current = await getFormationPlan(tx, orgId);
  if (current.version !== version) throw conflict('formationPlanConflict', { current });
  const values = { hoursPerFte: plan.hoursPerFte, targets: [...plan.targets], budget: [...plan.budget] };
  if (!(await saveVersionedRow(tx, formationPlans, orgId, version, values)))
    throw conflict('formationPlanConflict', { current: await getFormationPlan(tx, orgId) });
  return getFormationPlan(tx, orgId);
}

/** The plan against the registry today: targets and actuals, budget per source, the gap to the 2030 aim. */
export async function formationOf(tx: Tx, orgId: string) {
  const plan = await getFormationPlan(tx, orgId);
  const settings = await getSettings(tx, orgId);
  return {
    plan,
    formation: computeFormation(plan, await peopleGroups(tx, orgId), todayIso(), settings.levelsPresent),
  };
}
