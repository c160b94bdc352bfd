import { addMonths } from '../dates.ts';
import type { PhaseKey } from '../framework/schema.ts';
import { type Coverage, type CoverageGroup, computeCoverage } from './coverage.ts';
import { type FundingSource, fundingSources, registryLevelKeys } from './keys.ts';

/**
 * The formatieplan (the guide, step 2 item 1: "het aantal ervaringsdeskundigen …, op welke posities,
 * hun rollen, verantwoordelijkheden en taken"; steps 3.2 and 6.1 on money and structural funding):
 * targets per level, phase and role in people and FTE, and the budget in euros by source. Set
 * against the registry's actuals and the 2030 aim. No zod in this file: the web app imports it.
 */

/** Valente's 2030 aim in the guide's own words (and an English rendering). */
export const aim2030 = {
  nl: 'Ervaringskennis en ervaringsdeskundigheid zijn dan binnen de vrouwenopvang op alle organisatieniveaus vertegenwoordigd, zowel horizontaal als verticaal.',
  en: 'Experiential knowledge and expertise are then represented in women’s shelter care at all levels of the organisation, both horizontally and vertically.',
} as const;

/**
 * Hours per week that make one FTE. Derde Bron's own starting point (a 36-hour week, as in many
 * collective agreements in the sector), not a rule of the guide: labelled on the page and set per
 * organisation in its plan.
 */
export const defaultHoursPerFte = 36;
/** A budget line ending within this many months gives a warning. Derde Bron's own norm. */
export const budgetWarningMonths = 6;

export const formationLimits = {
  targets: 200,
  budgetLines: 100,
  people: 10_000,
  fte: 10_000,
  amount: 1_000_000_000,
  hoursPerFte: 60,
} as const;

export type FormationTarget = {
  level: string;
  phase: PhaseKey;
  /** Null: any role. */
  role: string | null;
  people: number;
  fte: number;
};

export type BudgetLine = {
  source: FundingSource;
  label: string | null;
  /** Euros (cents allowed). */
  amount: number;
  startsOn: string;
  endsOn: string;
};

export type FormationPlan = {
  hoursPerFte: number;
  targets: readonly FormationTarget[];
  budget: readonly BudgetLine[];
};

export const emptyFormationPlan: FormationPlan = {
  hoursPerFte: defaultHoursPerFte,
  targets: [],
  budget: [],
};

/** People who share levels, phases and roles, with how many they are and their hours per week together. */
export type FormationGroup = CoverageGroup & { hours: number };

export type FormationTargetRow = FormationTarget & {
  actualPeople: number;
  actualFte: number;
  /** What is still to fill; 0 when the target is met or passed. */
  gapPeople: number;
  gapFte: number;
};

export type Formation = {
  hoursPerFte: number;
  targets: FormationTargetRow[];
  totals: {
    targetPeople: number;
    targetFte: number;
    /** Everyone in the registry, each once. */
    actualPeople: number;
    actualFte: number;
  };
  budget: {
    bySource: Record<FundingSource, number>;
    /** Per source, the lines running today. */
    runningBySource: Record<FundingSource, number>;
    total: number;
    /** Lines that end between today and `budgetWarningMonths` from now, soonest first. */
    endingSoon: BudgetLine[];
  };
  /**
   * The gap to the 2030 aim: the levels (that the organisation has) × phases where nobody brings
   * experiential expertise, and of those the cells the plan sets no target for.
   */
  aim: Coverage['aim'] & {
    gapsWithoutTarget: Array<{ level: string; phase: PhaseKey }>;
  };
};

const round2 = (value: number) => Math.round(value * 100) / 100;
const zeroSources = () =>
  Object.fromEntries(fundingSources.map((source) => [source, 0])) as Record<FundingSource, number>;

/** Whether a group of people fills a target's cell: its level, its phase and (if set) its role. */
const fills = (group: CoverageGroup, target: Pick<FormationTarget, 'level' | 'phase' | 'role'>) =>
  group.levels.includes(target.level) &&
  group.phases.includes(target.phase) &&
  (target.role === null || group.roles.includes(target.role));

/**
 * Target against actual per line of the plan, the budget per source, and the gap to the 2030 aim.
 * A person working at several levels or in several phases counts (with all her hours) in each cell
 * she works in, as on the coverage page; the totals count everyone once.
 */
export function computeFormation(
  plan: FormationPlan,
  groups: readonly FormationGroup[],
  today: string,
  levelsPresent: readonly string[] = registryLevelKeys,
): Formation {
  const fte = (hours: number) => round2(hours / plan.hoursPerFte);
  const targets = plan.targets.map((target) => {
    let people = 0;
    let hours = 0;
    for (const group of groups) {
      if (!fills(group, target)) continue;
      people += group.count;
      hours += group.hours;
    }
    const actualFte = fte(hours);
    return {
      ...target,
      actualPeople: people,
      actualFte,
      gapPeople: Math.max(0, target.people - people),
      gapFte: Math.max(0, round2(target.fte - actualFte)),
    };
  });

  const bySource = zeroSources();
  const runningBySource = zeroSources();
  const warnUntil = addMonths(today, budgetWarningMonths);
  for (const line of plan.budget) {
    bySource[line.source] = round2(bySource[line.source] + line.amount);
    if (line.startsOn <= today && today <= line.endsOn)
      runningBySource[line.source] = round2(runningBySource[line.source] + line.amount);
  }
  const endingSoon = plan.budget
    .filter((line) => line.endsOn >= today && line.endsOn <= warnUntil)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));

  const { aim } = computeCoverage(groups, levelsPresent);
  const targeted = (cell: { level: string; phase: PhaseKey }) =>
    plan.targets.some(
      (target) =>
        target.level === cell.level && target.phase === cell.phase && (target.people > 0 || target.fte > 0),
    );

  return {
    hoursPerFte: plan.hoursPerFte,
    targets,
    totals: {
      targetPeople: plan.targets.reduce((sum, t) => sum + t.people, 0),
      targetFte: round2(plan.targets.reduce((sum, t) => sum + t.fte, 0)),
      actualPeople: groups.reduce((sum, group) => sum + group.count, 0),
      actualFte: fte(groups.reduce((sum, group) => sum + group.hours, 0)),
    },
    budget: {
      bySource,
      runningBySource,
      total: round2(plan.budget.reduce((sum, line) => sum + line.amount, 0)),
      endingSoon,
    },
    aim: { ...aim, gapsWithoutTarget: aim.gaps.filter((cell) => !targeted(cell)) },
  };
}
