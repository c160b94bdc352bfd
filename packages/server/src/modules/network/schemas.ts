import { z } from 'zod';

/**
 * A network figure: a median over at least five organisations and quartiles over at least seven
 * (null below that), or withheld with a reason.
 */
export const figureSchema = z.discriminatedUnion('withheld', [
  z.object({
    withheld: z.literal(false),
    organisations: z.number().int().min(5),
    median: z.number(),
    q1: z.number().nullable(),
    q3: z.number().nullable(),
  }),
  z.object({ withheld: z.literal(true), reason: z.enum(['tooFewOrganisations', 'dominated']) }),
]);

const unitSchema = z.enum(['score', 'percent', 'count', 'perHundred', 'perThousand']);

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

/** The month the figures were published for, and when. */
const snapshotFields = { period: z.string(), takenAt: z.date() };

export const dashboardSchema = z.object({
  ...snapshotFields,
  /** Member organisations taking part (not opted out) when the snapshot was taken; none is named. */
  participating: z.number().int(),
  minimumOrganisations: z.number().int(),
  sections: z.array(sectionSchema),
});

export const comparisonSchema = z.object({
  ...snapshotFields,
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
          position: z
            .enum([
              'belowQ1',
              'q1ToMedian',
              'atMedian',
              'medianToQ3',
              'aboveQ3',
              'belowMedian',
              'aboveMedian',
            ])
            .nullable(),
        }),
      ),
    }),
  ),
});

export const participationSchema = z.object({ optedOut: z.boolean() });
