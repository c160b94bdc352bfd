import { formationPlanChangeSchema } from '@derde-bron/domain';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { formationOf, updateFormationPlan } from './formation-repository.ts';
import { conflictWith, formationPlanSchema, formationSchema } from './schemas.ts';

/** The formatieplan: targets per level, phase and role, the budget by source, against the registry. */
export default orgRoutesPlugin({ tags: ['registry'] }, (route) => {
  route.get('/api/organisations/:orgId/registry/formation', {
    permission: 'registry.manage',
    summary:
      'The formation plan against the registry: people and FTE per level, phase and role, the budget by source, the gap to the 2030 aim',
    response: formationSchema,
    handler: async ({ tx, orgId }) => formationOf(tx, orgId),
  });

  route.patch('/api/organisations/:orgId/registry/formation', {
    permission: 'registry.manage',
    summary: 'Save the whole formation plan: targets and budget (with the version you last saw)',
    description:
      'If someone saved in between, the answer is 409 with the current plan. Bad input changes nothing and names each wrong field.',
    body: formationPlanChangeSchema,
    response: formationSchema,
    errors: { 409: conflictWith(formationPlanSchema) },
    handler: async ({ audit, tx, orgId, body: { version, ...plan } }) => {
      const saved = await updateFormationPlan(tx, orgId, version, plan);
      await audit({
        action: 'registry.formationPlanSaved',
        targetType: 'formationPlan',
        details: { targets: saved.targets.length, budgetLines: saved.budget.length },
      });
      return formationOf(tx, orgId);
    },
  });
});
