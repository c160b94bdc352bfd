import { z } from 'zod';
import { reportVariants } from './variants.ts';

/** Asking for an implementation report: which variant, in which language, over which year. */
export const reportRequestSchema = z.strictObject({
  variant: z.enum(reportVariants),
  locale: z.enum(['nl', 'en']).optional(),
  year: z.number().int().min(2000).max(2100).nullable().default(null),
});
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** Asking for the network report: only the language. */
export const networkReportRequestSchema = z.strictObject({ locale: z.enum(['nl', 'en']).optional() });
