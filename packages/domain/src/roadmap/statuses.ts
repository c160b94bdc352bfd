/** Where an item of the assessment framework stands in an organisation's roadmap. (No zod here: see schemas.ts.) */
export const itemStatuses = ['notStarted', 'inProgress', 'done', 'notApplicable'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/**
 * The stages, in order: niet begonnen → begonnen → halverwege → op orde. The words are chosen not
 * to echo a step (Verkenning, Borging) nor "fase", which names the phases of safety work.
 */
export const maturityStages = ['notStarted', 'exploring', 'developing', 'embedded'] as const;
export type MaturityStage = (typeof maturityStages)[number];

/** Where a goal or action of the plan stands. */
export const goalStatuses = ['open', 'inProgress', 'done'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/** "Doel behaald?", answered when a goal is reviewed. */
export const goalAchievedValues = ['yes', 'partly', 'no'] as const;
export type GoalAchieved = (typeof goalAchievedValues)[number];
