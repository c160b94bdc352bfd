import type { FastifyInstance } from 'fastify';
import capacityRoutes from './capacity-routes.ts';
import exportRoutes from './export-routes.ts';
import frameworkVersionRoutes from './framework-version-routes.ts';
import plansRoutes from './plans-routes.ts';
import roadmapRoutes from './routes.ts';

/** The roadmap module: the afwegingskader workspace (items, decisions, evidence, goals, policy topics). */
export default async function roadmap(app: FastifyInstance) {
  await app.register(roadmapRoutes);
  await app.register(plansRoutes);
  await app.register(exportRoutes);
  await app.register(frameworkVersionRoutes);
  await app.register(capacityRoutes);
}

export { type EvidenceUpload, evidenceFileName, readEvidenceUpload } from './evidence-file.ts';
export { roadmapExporter } from './export-tables.ts';
export { listGoalReviews, reviewGoalInCycle } from './goal-reviews.ts';
export { roadmapNetworkSection } from './network-section.ts';
export { buildOverview } from './overview.ts';
export { overviewFacts } from './overview-facts.ts';
export {
  assertMember,
  countDecisionsByStep,
  ensureRoadmap,
  getFrameworkContent,
  getGoal,
  insertGoal,
  listGoalsFromResults,
  listGoalsWithOwners,
  listItems,
} from './repository.ts';
