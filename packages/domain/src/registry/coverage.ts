import type { PhaseKey } from '../framework/schema.ts';
import { registryLevelKeys, registryPhaseKeys, registryRoleKeys } from './keys.ts';

/**
 * People who share the same levels, phases and roles, with how many they are. The server groups
 * in SQL, so an organisation of thousands arrives here as a few dozen groups; one person is a
 * group of one.
 */
export type CoverageGroup = {
  levels: readonly string[];
  phases: readonly string[];
  roles: readonly string[];
  count: number;
};

export type CoverageRow<K extends string> = {
  key: K;
  /** People per phase; a person working in several phases counts in each. */
  byPhase: Record<PhaseKey, number>;
  /** People in this row, each once. */
  total: number;
};

export type Coverage = {
  levels: CoverageRow<string>[];
  roles: CoverageRow<string>[];
  /** People per phase, each once. */
  phaseTotals: Record<PhaseKey, number>;
  people: number;
  /**
   * Valente's 2030 aim, in the guide's words: experiential knowledge and expertise "op alle
   * organisatieniveaus vertegenwoordigd, zowel horizontaal als verticaal". Vertically: every level
   * the organisation has (its setting; governance and participation bodies included); horizontally:
   * every phase of care. `gaps` are the empty cells of those levels × phases.
   */
  aim: {
    levelsCovered: string[];
    levelsMissing: string[];
    /** The levels the organisation has (its setting): the ones the aim asks for. */
    levelsPresent: string[];
    phasesCovered: PhaseKey[];
    phasesMissing: PhaseKey[];
    gaps: Array<{ level: string; phase: PhaseKey }>;
    met: boolean;
  };
};

const zeroPhases = () =>
  Object.fromEntries(registryPhaseKeys.map((phase) => [phase, 0])) as Record<PhaseKey, number>;

function rows<K extends string>(
  keys: readonly K[],
  groups: readonly CoverageGroup[],
  membership: (group: CoverageGroup) => readonly string[],
): CoverageRow<K>[] {
  return keys.map((key) => {
    const byPhase = zeroPhases();
    let total = 0;
    for (const group of groups) {
      if (!membership(group).includes(key)) continue;
      total += group.count;
      for (const phase of new Set(group.phases))
        if (phase in byPhase) byPhase[phase as PhaseKey] += group.count;
    }
    return { key, byPhase, total };
  });
}

/** The coverage matrices (levels × phases, roles × phases) and how far the 2030 aim is met. */
export function computeCoverage(
  groups: readonly CoverageGroup[],
  levelsPresent: readonly string[] = registryLevelKeys,
): Coverage {
  const levels = rows(registryLevelKeys, groups, (group) => group.levels);
  const roles = rows(registryRoleKeys, groups, (group) => group.roles);
  const phaseTotals = zeroPhases();
  for (const group of groups)
    for (const phase of new Set(group.phases))
      if (phase in phaseTotals) phaseTotals[phase as PhaseKey] += group.count;
  const levelsCovered = levels.filter((row) => row.total > 0).map((row) => row.key);
  const phasesCovered = registryPhaseKeys.filter((phase) => phaseTotals[phase] > 0);
  const present = (key: string) => levelsPresent.includes(key);
  const gaps = levels
    .filter((row) => present(row.key))
    .flatMap((row) =>
      registryPhaseKeys
        .filter((phase) => row.byPhase[phase] === 0)
        .map((phase) => ({ level: row.key, phase })),
    );
  const levelsMissing = registryLevelKeys.filter((level) => present(level) && !levelsCovered.includes(level));
  const phasesMissing = registryPhaseKeys.filter((phase) => !phasesCovered.includes(phase));
  return {
    levels,
    roles,
    phaseTotals,
    people: groups.reduce((sum, group) => sum + group.count, 0),
    aim: {
      levelsCovered,
      levelsMissing,
      phasesCovered,
      phasesMissing,
      levelsPresent: registryLevelKeys.filter(present),
      gaps,
      // Reached only when every level the organisation has is covered, and every phase.
      met: levelsMissing.length === 0 && phasesMissing.length === 0,
    },
  };
}
