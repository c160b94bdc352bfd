import { z } from 'zod';

/** A network figure: median and quartiles over at least five organisations, or withheld with a reason. */
export const figureSchema = z.discriminatedUnion('withheld', [
  z.object({
    withheld: z.literal(false),
    organisations: z.number().int().min(5),
    median: z.number(),
    q1: z.number(),
    q3: z.number(),
  }),
  z.object({ withheld: z.literal(true), reason: z.enum(['tooFewOrganisations', 'dominated']) }),
]);

const unitSchema = z.enum(['score', 'percent', 'count', 'perThousand']);

export const sectionSchema = z.object({
  key: z.string(),
  metrics: z.array(
    z.object({
      key: z.string(),
      unit: unitSchema,
      figure: figureSchema,
      trend: z.array(z.object({ year: z.number().int(), figure: figureSchema })),
    }),
  ),
  distributions: z.array(
    z.object({
      key: z.string(),
      categories: z.array(z.string()),
      counts: z.discriminatedUnion('withheld', [
        z.object({
          withheld: z.literal(false),
          organisations: z.number().int().min(5),
          counts: z.record(z.string(), z.number().int()),
        }),
        z.object({ withheld: z.literal(true), reason: z.enum(['tooFewOrganisations', 'dominated']) }),
      ]),
    }),
  ),
});

export const dashboardSchema = z.object({
  /** Member organisations taking part (not opted out); none is named. */
  participating: z.number().int(),
  minimumOrganisations: z.number().int(),
  sections: z.array(sectionSchema),
});

export const comparisonSchema = z.object({
  optedOut: z.boolean(),
  minimumOrganisations: z.number().int(),
  sections: z.array(
    z.object({
      key: z.string(),
      metrics: z.array(
        z.object({
          key: z.string(),
          unit: unitSchema,
          own: z.number().nullable(),
          network: figureSchema,
          position: z.enum(['belowQ1', 'q1ToMedian', 'medianToQ3', 'aboveQ3']).nullable(),
        }),
      ),
    }),
  ),
});

export const participationSchema = z.object({ optedOut: z.boolean() });
