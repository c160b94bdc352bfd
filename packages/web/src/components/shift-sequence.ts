/** Shift pressed on its own this many times in a row leaves the page (GOV.UK "Exit this page"). */
export const shiftPressesToLeave = 3;
/** A press more than this long after the one before starts the count again. */
export const shiftPressWindowMs = 5000;

type Key = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'repeat' | 'isComposing'>;

/** What a key event did to the count: nothing, a lone Shift counted, the count reset, or leave. */
export type ShiftSequenceStep =
  | { kind: 'none' }
  | { kind: 'counted'; count: number }
  | { kind: 'reset' }
  | { kind: 'leave' };

/**
 * Counts Shift pressed on its own, as GOV.UK's Exit this page does: a Shift that was a modifier
 * (for a capital letter, "!" or "?") never counts, and any other key resets the count. GOV.UK
 * tells a modifier Shift by the `shiftKey` of the key released before it; fast typists often let
 * go of Shift before the letter, so this also watches key presses: a Shift during which any other
 * key went down is a modifier, whichever key is released first.
 */
export function createShiftSequence(now: () => number = Date.now) {
  let count = 0;
  let lastPressAt = Number.NEGATIVE_INFINITY;
  let shiftIsDown = false;
  let shiftWasModifier = false;
  let lastKeyWasModified = false;

  const reset = (): ShiftSequenceStep => {
    const hadCount = count > 0;
    count = 0;
    return hadCount ? { kind: 'reset' } : { kind: 'none' };
  };

  return {
    keyDown(event: Key): ShiftSequenceStep {
      if (event.isComposing) return { kind: 'none' };
      if (event.key === 'Shift') {
        if (!event.repeat) {
          shiftIsDown = true;
          shiftWasModifier = false;
        }
        return { kind: 'none' };
      }
      if (shiftIsDown || event.shiftKey) shiftWasModifier = true;
      return reset();
    },

    keyUp(event: Key): ShiftSequenceStep {
      if (event.isComposing) return { kind: 'none' };
      if (event.key !== 'Shift') {
        lastKeyWasModified = event.shiftKey;
        return reset();
      }
      const wasOnItsOwn = shiftIsDown ? !shiftWasModifier : !lastKeyWasModified;
      shiftIsDown = false;
      lastKeyWasModified = false;
      if (!wasOnItsOwn) return reset();
      const at = now();
      if (at - lastPressAt > shiftPressWindowMs) count = 0;
      lastPressAt = at;
      count += 1;
      if (count < shiftPressesToLeave) return { kind: 'counted', count };
      count = 0;
      return { kind: 'leave' };
    },

    /** The count after the window has passed without a press (for the screen reader message). */
    expire(): ShiftSequenceStep {
      return now() - lastPressAt > shiftPressWindowMs ? reset() : { kind: 'none' };
    },
  };
}
