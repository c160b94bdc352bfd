import { z } from 'zod';
import { reportVariants } from './variants.ts';

export const reportQuerySchema = z.object({
  variant: z.enum(reportVariants).default('board'),
  locale: z.enum(['nl', 'en']).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;
