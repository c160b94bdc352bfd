import type { FastifyInstance } from 'fastify';
import feedbackRoutes from './feedback-routes.ts';
import invitationRoutes from './invitation-routes.ts';
import itemResultsRoutes from './item-results-routes.ts';
import noteRoutes from './note-routes.ts';
import respondRoutes from './respond-routes.ts';
import resultsRoutes from './results-routes.ts';
import waveRoutes from './routes.ts';

/**
 * The measurement module: waves, groups, links, invitations, the questionnaire, results (also per
 * item, with goals made from them), notes, and the terugkoppeling to staff.
 */
export default async function measurement(app: FastifyInstance) {
  await app.register(waveRoutes);
  await app.register(respondRoutes);
  await app.register(resultsRoutes);
  await app.register(invitationRoutes);
  await app.register(noteRoutes);
  await app.register(itemResultsRoutes);
  await app.register(feedbackRoutes);
}

export { measurementExporter } from './export-tables.ts';
export { readWaveFeedback, type WaveFeedback } from './feedback.ts';
export { listGroups } from './groups.ts';
export { latestPublishedWave } from './latest-published.ts';
export { measurementNetworkSection } from './network-section.ts';
export { publicationQueue, publishDueWaves } from './publication.ts';
export { publishedTotals, type WaveTotals } from './published-totals.ts';
export { eraseAnswersOfClosedWaves } from './retention.ts';
export { createResponseSeal } from './sealed-responses.ts';
export { instruments, waveClosedAt } from './waves.ts';
