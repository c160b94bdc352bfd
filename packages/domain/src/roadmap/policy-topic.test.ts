import { describe, expect, it } from 'vitest';
import { applyTopicAction, type PolicyTopicState } from './policy-topic.ts';

const fresh: PolicyTopicState = { round: 1, phase: 'unlock', notes: {}, closed: false };

function walkToEvaluate(): PolicyTopicState {
  let state = fresh;
  for (const phase of ['unlock', 'translate', 'develop'] as const) {
    state = { ...state, notes: { ...state.notes, [phase]: `${phase} recorded` } };
    const result = applyTopicAction(state, 'advance');
    if (!('state' in result)) throw new Error(result.problem);
    state = result.state;
  }
  return state;
}

describe('applyTopicAction', () => {
  it('will not move on before something is recorded for the current phase', () => {
    expect(applyTopicAction(fresh, 'advance')).toEqual({ problem: 'phaseNotRecorded' });
    expect(applyTopicAction({ ...fresh, notes: { unlock: '   ' } }, 'advance')).toEqual({
      problem: 'phaseNotRecorded',
    });
  });

  it('goes round the four phases in order', () => {
    expect(walkToEvaluate().phase).toBe('evaluate');
  });

  it('cannot close before the feedback phase is recorded', () => {
    expect(applyTopicAction(fresh, 'close')).toEqual({ problem: 'feedbackNotRecorded' });
    const atEvaluate = walkToEvaluate();
    expect(applyTopicAction(atEvaluate, 'close')).toEqual({ problem: 'feedbackNotRecorded' });
    const closed = applyTopicAction(
      { ...atEvaluate, notes: { ...atEvaluate.notes, evaluate: 'teruggekoppeld' } },
      'close',
    );
    expect(closed).toMatchObject({ state: { closed: true, round: 1 } });
  });

  it('has no phase after evaluate', () => {
    const atEvaluate = walkToEvaluate();
    expect(
      applyTopicAction({ ...atEvaluate, notes: { ...atEvaluate.notes, evaluate: 'x' } }, 'advance'),
    ).toEqual({
      problem: 'lastPhase',
    });
  });

  it('starts a new round only on a closed topic, from the first phase with fresh notes', () => {
    expect(applyTopicAction(fresh, 'newRound')).toEqual({ problem: 'topicOpen' });
    const closed: PolicyTopicState = {
      round: 1,
      phase: 'evaluate',
      notes: { evaluate: 'klaar' },
      closed: true,
    };
    expect(applyTopicAction(closed, 'newRound')).toEqual({
      state: { round: 2, phase: 'unlock', notes: {}, closed: false },
    });
    expect(applyTopicAction(closed, 'advance')).toEqual({ problem: 'topicClosed' });
  });
});
