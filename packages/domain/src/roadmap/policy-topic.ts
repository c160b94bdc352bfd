/** Movisie's lemniscate: the four phases a policy topic goes through, in order, round after round. */
export const lemniscatePhases = ['unlock', 'translate', 'develop', 'evaluate'] as const;
export type LemniscatePhaseKey = (typeof lemniscatePhases)[number];

export type PolicyTopicState = {
  round: number;
  phase: LemniscatePhaseKey;
  /** What was recorded per phase in this round. */
  notes: Partial<Record<LemniscatePhaseKey, string>>;
  closed: boolean;
};

export type TopicAction = 'advance' | 'close' | 'newRound';
export type TopicProblem =
  | 'phaseNotRecorded'
  | 'feedbackNotRecorded'
  | 'topicClosed'
  | 'topicOpen'
  | 'lastPhase';

const recorded = (state: PolicyTopicState, phase: LemniscatePhaseKey) =>
  (state.notes[phase] ?? '').trim().length > 0;

/**
 * Applies one step of the cycle, or says why it cannot happen:
 * - advance: to the next phase, once something is recorded for the current one;
 * - close: only from "evalueren en terugkoppelen", and only once that feedback is recorded: closing
 *   the loop with the people whose experience was used is required, not optional;
 * - newRound: a closed topic starts again at "ontsluiten" with fresh notes.
 */
export function applyTopicAction(
  state: PolicyTopicState,
  action: TopicAction,
): { state: PolicyTopicState } | { problem: TopicProblem } {
  if (action === 'newRound') {
    if (!state.closed) return { problem: 'topicOpen' };
    return { state: { round: state.round + 1, phase: 'unlock', notes: {}, closed: false } };
  }
  if (state.closed) return { problem: 'topicClosed' };
  if (action === 'close') {
    if (state.phase !== 'evaluate' || !recorded(state, 'evaluate')) return { problem: 'feedbackNotRecorded' };
    return { state: { ...state, closed: true } };
  }
  const next = lemniscatePhases[lemniscatePhases.indexOf(state.phase) + 1];
  if (!next) return { problem: 'lastPhase' };
  if (!recorded(state, state.phase)) return { problem: 'phaseNotRecorded' };
  return { state: { ...state, phase: next } };
}
