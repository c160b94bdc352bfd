import type { CoreTaskLetter, FundingSource, PersonKind } from './keys.ts';
import { computeSignals, type SignalConditions } from './signals.ts';

/** What the registry knows about one person that the roadmap needs. */
export type RegistryPersonFacts = {
  kind: PersonKind;
  levels: readonly string[];
  roles: readonly string[];
  coreTasks: readonly CoreTaskLetter[];
  registrationNumber: string | null;
  registrationExpiresOn: string | null;
  fundingSource: FundingSource | null;
  fundingEndsOn: string | null;
  trainingRecognised: boolean;
  trainingException: string | null;
  lastReflectionOn: string | null;
  startedOn: string | null;
};

/**
 * Registry facts for the roadmap (step-3 advice, maturity of steps 4–6). Shares are whole percents
 * of the experts (ervaringsdeskundigen), or null when there is nobody to take a share of.
 */
export type RegistryFacts = {
  people: number;
  experts: number;
  /** Organisational levels where anyone in the registry works. */
  levelsCovered: number;
  /** Experts with a registration that has not expired. */
  registeredShare: number | null;
  /** Of the people with a funding source, those funded structurally. */
  structuralShare: number | null;
  /** Experts with at least one role and one core task recorded (step 4). */
  tasksRecordedShare: number | null;
  /** Experts with intervisie or supervisie in the last three months (or new) (step 5). */
  reflectionShare: number | null;
  /** Experts with a recognised training (step 5). */
  recognisedTrainingShare: number | null;
  /**
   * Ervaringsdeskundigen in a role that requires registration, without one (step 6). Staff members
   * with experiential knowledge never count: they are never asked to register.
   */
  missingRequiredRegistrations: number;
};

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

export function computeRegistryFacts(
  people: readonly RegistryPersonFacts[],
  today: string,
  rolesRequiringRegistration: readonly string[],
  conditions: SignalConditions = {},
): RegistryFacts {
  const experts = people.filter((person) => person.kind === 'expert');
  const funded = people.filter((person) => person.fundingSource !== null);
  const signalsOf = (person: RegistryPersonFacts) =>
    computeSignals(person, today, rolesRequiringRegistration, conditions).map((signal) => signal.key);
  return {
    people: people.length,
    experts: experts.length,
    levelsCovered: new Set(people.flatMap((person) => person.levels)).size,
    registeredShare: share(
      experts.filter((e) => e.registrationNumber !== null && (e.registrationExpiresOn ?? '') >= today).length,
      experts.length,
    ),
    structuralShare: share(funded.filter((p) => p.fundingSource === 'structural').length, funded.length),
    tasksRecordedShare: share(
      experts.filter((e) => e.roles.length > 0 && e.coreTasks.length > 0).length,
      experts.length,
    ),
    reflectionShare: share(
      experts.filter((e) => !signalsOf(e).includes('noReflection')).length,
      experts.length,
    ),
    recognisedTrainingShare: share(experts.filter((e) => e.trainingRecognised).length, experts.length),
    missingRequiredRegistrations: experts.filter((e) => signalsOf(e).includes('registrationRequired')).length,
  };
}

/** Experiential expertise is deployed broadly when the registry shows it at three or more levels. */
export const broadDeploymentLevels = 3;

/** Broad deployment from the registry, or null when the registry holds no experts yet. */
export function broadDeploymentFromRegistry(facts: RegistryFacts | null): boolean | null {
  if (!facts || facts.experts === 0) return null;
  return facts.levelsCovered >= broadDeploymentLevels;
}
