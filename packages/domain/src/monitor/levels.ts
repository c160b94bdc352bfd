/**
 * The implementatiemonitor's fixed parts: the organisation's own team scores how far it is with each
 * step and item of the framework, at the start of a cycle (begin-meting) and at its end
 * (eind-meting). Not a survey: the team is named and gives reasons. (No zod here: see schemas.ts.)
 */

/** A small ordinal scale: 1 nog niet … 4 geregeld. Four levels, no middle to hide in. */
export const monitorLevels = [1, 2, 3, 4] as const;
export type MonitorLevel = (typeof monitorLevels)[number];

/** Begin-meting at the start of a cycle, eind-meting at its end (where "doelen behaald?" is asked). */
export const monitorRoundKinds = ['begin', 'end'] as const;
export type MonitorRoundKind = (typeof monitorRoundKinds)[number];

/** Who sits in the implementation team: the coordinator, a member of the MT, an expert delegate. */
export const monitorTeamRoles = ['coordinator', 'management', 'expertDelegate'] as const;
export type MonitorTeamRole = (typeof monitorTeamRoles)[number];

/** The longest rationale the team may write per score, counted after trimming. */
export const monitorRationaleMaxLength = 1000;
/** Evidence links per score. */
export const monitorEvidenceMax = 5;

/** What is scored: a whole step (`step:<stepKey>`) or one item of it (`item:<itemKey>`). */
export type MonitorSubjectKey = `step:${string}` | `item:${string}`;
export const stepSubject = (stepKey: string): MonitorSubjectKey => `step:${stepKey}`;
export const itemSubject = (itemKey: string): MonitorSubjectKey => `item:${itemKey}`;

export function isMonitorLevel(value: unknown): value is MonitorLevel {
  return typeof value === 'number' && (monitorLevels as readonly number[]).includes(value);
}
