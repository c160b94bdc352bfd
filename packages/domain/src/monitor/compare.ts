import type { StepKey } from '../framework/schema.ts';
import type { MonitorContent } from './content.ts';
import { itemSubject, type MonitorLevel, stepSubject } from './levels.ts';

/** One round's scores by subject key (`step:…`, `item:…`); a subject not scored yet is absent. */
export type RoundScores = Readonly<Record<string, MonitorLevel | null | undefined>>;

/** How one round judged one step: the step's own score and the mean of its items' scores. */
export type StepJudgement = {
  stepScore: MonitorLevel | null;
  /** Mean of the scored items, one decimal; null when none is scored. */
  itemMean: number | null;
  itemsScored: number;
  itemCount: number;
};

export type StepComparison = {
  stepKey: StepKey;
  begin: StepJudgement | null;
  end: StepJudgement | null;
  /** End minus begin of the step's own score, when both scored it. */
  change: number | null;
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function judgeStep(content: MonitorContent, stepKey: StepKey, scores: RoundScores): StepJudgement {
  const step = content.steps.find((s) => s.stepKey === stepKey);
  if (!step) throw new Error(`no step ${stepKey} in monitor version ${content.version}`);
  const itemScores = step.items
    .map((item) => scores[itemSubject(item.itemKey)])
    .filter((score): score is MonitorLevel => typeof score === 'number');
  return {
    stepScore: scores[stepSubject(stepKey)] ?? null,
    itemMean:
      itemScores.length === 0 ? null : oneDecimal(itemScores.reduce((a, b) => a + b, 0) / itemScores.length),
    itemsScored: itemScores.length,
    itemCount: step.items.length,
  };
}

/** Begin- against eind-meting, step by step (either round may be missing). */
export function compareRounds(
  content: MonitorContent,
  begin: RoundScores | null,
  end: RoundScores | null,
): StepComparison[] {
  return content.steps.map(({ stepKey }) => {
    const b = begin ? judgeStep(content, stepKey, begin) : null;
    const e = end ? judgeStep(content, stepKey, end) : null;
    const change = b?.stepScore != null && e?.stepScore != null ? e.stepScore - b.stepScore : null;
    return { stepKey, begin: b, end: e, change };
  });
}

/** Every subject key of a content version: the steps and their items. */
export function monitorSubjects(content: MonitorContent): string[] {
  return content.steps.flatMap((step) => [
    stepSubject(step.stepKey),
    ...step.items.map((item) => itemSubject(item.itemKey)),
  ]);
}
