import { z } from 'zod';

/** Where an item of the assessment framework stands in an organisation's roadmap. */
export const itemStatuses = ['notStarted', 'inProgress', 'done', 'notApplicable'] as const;
export const itemStatusSchema = z.enum(itemStatuses);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

/** The maturity stages, in order: niet gestart → verkennend → in ontwikkeling → geborgd. */
export const maturityStages = ['notStarted', 'exploring', 'developing', 'embedded'] as const;
export type MaturityStage = (typeof maturityStages)[number];
