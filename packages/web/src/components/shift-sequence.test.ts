import { describe, expect, it } from 'vitest';
import { createShiftSequence, type ShiftSequenceStep } from './shift-sequence.ts';

type Event = { type: 'down' | 'up'; key: string; shiftKey?: boolean; repeat?: boolean; at?: number };

/** Plays key events and returns whether the sequence said to leave. */
function play(events: Event[]): ShiftSequenceStep['kind'][] {
  let clock = 0;
  const sequence = createShiftSequence(() => clock);
  return events.map((event) => {
    clock = event.at ?? clock + 100;
    const key = {
      key: event.key,
      shiftKey: event.shiftKey ?? false,
      repeat: event.repeat ?? false,
      isComposing: false,
    };
    return (event.type === 'down' ? sequence.keyDown(key) : sequence.keyUp(key)).kind;
  });
}

const loneShift = (): Event[] => [
  { type: 'down', key: 'Shift', shiftKey: true },
  { type: 'up', key: 'Shift' },
];
/** A capital as most people type it: Shift down, letter down, letter up, Shift up. */
const capital = (letter: string): Event[] => [
  { type: 'down', key: 'Shift', shiftKey: true },
  { type: 'down', key: letter, shiftKey: true },
  { type: 'up', key: letter, shiftKey: true },
  { type: 'up', key: 'Shift' },
];
/** A capital typed fast: Shift is let go before the letter. */
const rolledCapital = (letter: string): Event[] => [
  { type: 'down', key: 'Shift', shiftKey: true },
  { type: 'down', key: letter, shiftKey: true },
  { type: 'up', key: 'Shift' },
  { type: 'up', key: letter },
];
const plain = (letter: string): Event[] => [
  { type: 'down', key: letter },
  { type: 'up', key: letter },
];
/** Types text the way a keyboard sends it, with Shift for capitals and Shift-punctuation. */
const typed = (text: string, roll = false): Event[] =>
  [...text].flatMap((char) =>
    /[A-Z!?:"()%&*+]/.test(char) ? (roll ? rolledCapital(char) : capital(char)) : plain(char),
  );

describe('the quick exit counts Shift pressed on its own', () => {
  it('leaves on the third lone Shift', () => {
    expect(play([...loneShift(), ...loneShift(), ...loneShift()]).filter((k) => k !== 'none')).toEqual([
      'counted',
      'counted',
      'leave',
    ]);
  });

  const neverLeaves: [string, Event[]][] = [
    ['"Het MT en de RvB", Shift held over each letter', typed('Het MT en de RvB')],
    ['"Ik vind dat het MT" typed fast (Shift let go first)', typed('Ik vind dat het MT', true)],
    ['Shift-punctuation: "Wat?! (Echt!)"', typed('Wat?! (Echt!)')],
    ['three capitals in a row: "ABC"', typed('ABC')],
    ['three capitals in a row typed fast: "RVB"', typed('RVB', true)],
    [
      'two lone Shifts, a letter, one lone Shift',
      [...loneShift(), ...loneShift(), ...plain('a'), ...loneShift()],
    ],
    [
      'two lone Shifts, Tab, one lone Shift',
      [...loneShift(), ...loneShift(), ...plain('Tab'), ...loneShift()],
    ],
    ['a capital between lone Shifts', [...loneShift(), ...capital('A'), ...loneShift(), ...loneShift()]],
    [
      'lone Shifts more than five seconds apart',
      [
        { type: 'down', key: 'Shift', at: 0 },
        { type: 'up', key: 'Shift', at: 100 },
        { type: 'down', key: 'Shift', at: 200 },
        { type: 'up', key: 'Shift', at: 300 },
        { type: 'down', key: 'Shift', at: 5400 },
        { type: 'up', key: 'Shift', at: 5500 },
      ],
    ],
    [
      'Shift held down (auto-repeat) and let go once',
      [
        { type: 'down', key: 'Shift' },
        { type: 'down', key: 'Shift', repeat: true },
        { type: 'down', key: 'Shift', repeat: true },
        { type: 'up', key: 'Shift' },
      ],
    ],
  ];
  for (const [name, events] of neverLeaves) {
    it(`does not leave: ${name}`, () => {
      expect(play(events)).not.toContain('leave');
    });
  }

  it('lets each press come up to five seconds after the one before', () => {
    const events: Event[] = [0, 4000, 8000].flatMap((at) => [
      { type: 'down', key: 'Shift', at },
      { type: 'up', key: 'Shift', at: at + 50 },
    ]);
    expect(play(events).at(-1)).toBe('leave');
  });

  it('starts counting again after a capital, so three lone Shifts after typing still leave', () => {
    const kinds = play([...typed('Het MT'), ...loneShift(), ...loneShift(), ...loneShift()]);
    expect(kinds.at(-1)).toBe('leave');
    expect(kinds.slice(0, -1)).not.toContain('leave');
  });

  it('follows GOV.UK when it did not see Shift go down: the key released before it decides', () => {
    const kinds = play([
      { type: 'up', key: 'A', shiftKey: true },
      { type: 'up', key: 'Shift' },
      { type: 'up', key: 'Shift' },
      { type: 'up', key: 'Shift' },
    ]);
    expect(kinds).toEqual(['none', 'none', 'counted', 'counted']);
  });
});
