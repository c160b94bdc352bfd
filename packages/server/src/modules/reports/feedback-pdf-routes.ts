import { can } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { sendDownload } from '../../http/download.ts';
import { orgParams } from '../../http/params.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { createResponseSeal, instruments, readWaveFeedback } from '../measurement/index.ts';
import { ensureRoadmap, getFrameworkContent } from '../roadmap/index.ts';
import { renderFeedbackPdf } from './feedback-pdf.ts';

/** The terugkoppeling of a wave as a PDF, for every member: made on the spot, it is short. */
const feedbackPdfRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const seal = createResponseSeal(app.secretBox);
  app.get(
    '/api/organisations/:orgId/waves/:waveId/feedback.pdf',
    {
      config: { access: { permission: 'organisation.read' } },
      schema: {
        summary: 'The terugkoppeling of a wave as a PDF, to print or e-mail to staff',
        description: 'The same words and figures as its page; 404 before it is published.',
        tags: ['measurement'],
        params: orgParams.extend({ waveId: z.uuid() }),
        response: { 200: z.any().describe('A PDF document (application/pdf)'), ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, waveId } = request.params;
      const manages = can(request.member.membership.role, 'measurement.manage');
      const locale = pickLocale(request);
      const { feedback, framework } = await withTenant(db, orgId, async (tx) => {
        const read = await readWaveFeedback(tx, seal, { orgId, waveId, manages });
        const roadmap = await ensureRoadmap(tx, orgId);
        return { feedback: read, framework: await getFrameworkContent(tx, roadmap?.frameworkVersion ?? 1) };
      });
      const instrument = instruments.get(feedback.wave.instrumentVersion);
      if (!instrument) throw new Error('instrument not bundled');
      const pdf = await renderFeedbackPdf({ feedback, instrument, framework, locale });
      const name = locale === 'nl' ? 'terugkoppeling' : 'feedback';
      return sendDownload(reply, { name: `${name}.pdf`, type: 'application/pdf', body: pdf });
    },
  );
};

export default feedbackPdfRoutes;
