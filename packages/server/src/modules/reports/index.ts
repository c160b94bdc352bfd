import type { FastifyInstance } from 'fastify';
import feedbackPdfRoutes from './feedback-pdf-routes.ts';
import reportRoutes from './routes.ts';

/** The reports module: report PDFs, made by the job queue (see report-job.ts) and kept a week. */
export default async function reports(app: FastifyInstance) {
  await app.register(reportRoutes);
  await app.register(feedbackPdfRoutes);
}

export { reportQueue, workReportQueue } from './report-job.ts';
export { listReports } from './requests.ts';
