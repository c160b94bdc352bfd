/**
 * The implementation report's variants and what each holds. (No zod here: see schemas.ts.)
 * One list decides the sections, so the PDF, the page that offers it and the tests agree.
 */
export const reportVariants = ['board', 'councils', 'municipality', 'audit'] as const;
export type ReportVariant = (typeof reportVariants)[number];

export const reportSections = [
  /** Stage and progress per step, and the step-3 advice with its facts. */
  'roadmapStatus',
  /** Goals and the action plan per step, with owner, deadline and status. */
  'goals',
  /** The implementatiemonitor: the team's begin against end per step, with its rationale. */
  'monitor',
  /** Scale means of the closed waves, and the comparison with the 0-meting, suppressed as on screen. */
  'measurement',
  /** The three phases of phased work on safety, as indicators 1–3 of the Keurmerk. */
  'qualityMark',
  /** Evidence recorded for roadmap items (titles and links only). */
  'evidence',
  /** The registry as counts: coverage of levels × phases, signals by kind, activities and their reach. */
  'registry',
  /** The formatieplan: targets against the registry (people and FTE), the budget by source, the gap to the 2030 aim. */
  'formationPlan',
] as const;
export type ReportSection = (typeof reportSections)[number];

const sectionsByVariant: Record<ReportVariant, readonly ReportSection[]> = {
  // The board gets everything it decides on.
  board: ['roadmapStatus', 'monitor', 'goals', 'measurement', 'registry', 'formationPlan'],
  // Works and client councils: where the organisation stands and what staff say; no owners' names.
  councils: ['roadmapStatus', 'monitor', 'measurement', 'registry'],
  // The municipality: the state of the work and what is planned.
  municipality: ['roadmapStatus', 'monitor', 'goals', 'registry', 'formationPlan'],
  // A quality-mark audit: the phases as Keurmerk indicators 1–3, with the status and the evidence.
  audit: ['qualityMark', 'roadmapStatus', 'monitor', 'registry', 'evidence', 'measurement'],
};

export function sectionsOf(variant: ReportVariant): readonly ReportSection[] {
  return sectionsByVariant[variant];
}

/** Whether a variant shows who owns a goal: councils and municipality read about the organisation, not people. */
export function showsOwners(variant: ReportVariant): boolean {
  return variant === 'board' || variant === 'audit';
}

/**
 * The Keurmerk Veiligheid in de Vrouwenopvang indicators 1–3 follow the three phases of phased work
 * on safety (gefaseerd samenwerken aan veiligheid), in order.
 */
export const qualityMarkIndicators = [
  { indicator: 1, phaseKey: 'safety' },
  { indicator: 2, phaseKey: 'riskManagement' },
  { indicator: 3, phaseKey: 'recovery' },
] as const;

/** The report's period: a calendar year, or everything so far. */
export type ReportPeriod = { year: number } | { year: null };

/** Whether anything was recorded in the period: otherwise the report says so instead of showing blanks. */
export function hasReportData(facts: {
  roadmapChanges: number;
  goals: number;
  closedWaves: number;
}): boolean {
  return facts.roadmapChanges + facts.goals + facts.closedWaves > 0;
}
