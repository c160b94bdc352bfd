import { frameworkV1 } from '../framework/content/v1.ts';
import type { LevelKey, PhaseKey } from '../framework/schema.ts';

/**
 * The registry's vocabulary. Roles, phases, levels, activities and core tasks come from the
 * framework content (version 1, the guide), never typed again here; the rest is the registry's own.
 * No zod in this file: the web app imports it.
 */
export const registryRoleKeys: readonly string[] = frameworkV1.roles.map((role) => role.key);
export const registryPhaseKeys: readonly PhaseKey[] = frameworkV1.phases.map((phase) => phase.key);
export const registryLevelKeys: readonly LevelKey[] = frameworkV1.levels.map((level) => level.key);
export const frameworkActivityKeys: readonly string[] = frameworkV1.activities.map((a) => a.key);
export const coreTaskLetters = ['a', 'b', 'c', 'd'] as const;
export type CoreTaskLetter = (typeof coreTaskLetters)[number];

/** An ervaringsdeskundige, or a staff member who deploys their experiential knowledge. */
export const personKinds = ['expert', 'staff'] as const;
export type PersonKind = (typeof personKinds)[number];
export const employmentKinds = ['paid', 'volunteer'] as const;
export type EmploymentKind = (typeof employmentKinds)[number];
export const fundingSources = ['structural', 'project', 'subsidy'] as const;
export type FundingSource = (typeof fundingSources)[number];
export const logKinds = ['intervision', 'supervision', 'training'] as const;
export type LogKind = (typeof logKinds)[number];
export const logSettings = ['internal', 'external'] as const;
export type LogSetting = (typeof logSettings)[number];

/**
 * Roles for which an organisation asks for a Registerplein registration unless it chooses
 * otherwise: the roles in which an expert talks with clients on their own (the guide, step 6 item 3).
 */
export const defaultRolesRequiringRegistration: readonly string[] = [
  'recoveryCoach',
  'supportWorker',
  'recoveryGroupLeader',
];

/**
 * A Registerplein registration number as we accept it: 5 to 10 digits. People write it with
 * spaces, dots or dashes; those are taken out first.
 */
export const registrationNumberPattern = /^\d{5,10}$/;
export const normaliseRegistrationNumber = (value: string) => value.replace(/[\s.-]/g, '');
export const isValidRegistrationNumber = (value: string) =>
  registrationNumberPattern.test(normaliseRegistrationNumber(value));

/** A quarter as `2025-Q3`. */
export const quarterPattern = /^\d{4}-Q[1-4]$/;

export const maxHoursPerWeek = 60;
