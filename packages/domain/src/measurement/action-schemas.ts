import { z } from 'zod';

/**
 * What the coordinator sends to turn results into action: a goal made from an item's result, and
 * the terugkoppeling to staff. Both sides use these (the web form checks before it sends).
 */

/** "Maak hier een doel van": the goal's step comes from the item, so only what the form asks. */
export const goalFromResultInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  ownerMembershipId: z.uuid().nullable().default(null),
  deadline: z.iso.date().nullable().default(null),
});
export type GoalFromResultInput = z.infer<typeof goalFromResultInputSchema>;

/** The longest thank-you text above the summary. */
export const feedbackIntroMaxLength = 4000;

/**
 * Publishing (or correcting) the summary staff read after a wave: the thank-you text, and the
 * version the coordinator started from (0 before the first publication), so two edits never cross.
 */
export const waveFeedbackInputSchema = z.strictObject({
  intro: z.string().trim().min(1).max(feedbackIntroMaxLength),
  version: z.int().min(0),
});
export type WaveFeedbackInput = z.infer<typeof waveFeedbackInputSchema>;
