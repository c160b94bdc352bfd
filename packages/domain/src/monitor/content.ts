import type { StepKey } from '../framework/schema.ts';
import type { MonitorLevel } from './levels.ts';

type Localized = { nl: string; en: string };

/** A staff survey scale that speaks to the same step; `reverse` when a high score means "less far". */
export type MatchingScale = { scaleKey: string; reverse?: boolean };

/** One version of the monitor's content. A published version never changes: write a new one. */
export type MonitorContent = {
  version: number;
  title: Localized;
  intro: Localized;
  levels: Record<MonitorLevel, { label: Localized; text: Localized }>;
  steps: Array<{
    stepKey: StepKey;
    /** The question the team answers for the step as a whole. */
    question: Localized;
    /** The staff survey's scales the team's judgement is set beside (the gap). */
    matchingScales: MatchingScale[];
    /** One statement per framework item, by its stable key. */
    items: Array<{ itemKey: string; statement: Localized }>;
  }>;
};
