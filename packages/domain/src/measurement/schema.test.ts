import { describe, expect, it } from 'vitest';
import { itemsForPerspective, type Perspective } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import {
  type InstrumentContent,
  type InstrumentItem,
  instrumentContentSchema,
  responseInputSchema,
} from './schema.ts';

/** A complete, valid set of answers for a perspective: every Likert item answered with 3. */
const validAnswers = (perspective: Perspective): Record<string, unknown> =>
  Object.fromEntries(
    itemsForPerspective(instrumentV1.items, perspective)
      .filter((item) => item.kind === 'likert')
      .map((item) => [item.key, 3]),
  );

const parse = (perspective: Perspective, answers: Record<string, unknown>) =>
  responseInputSchema(instrumentV1, perspective).safeParse({ answers });

const issuePaths = (result: ReturnType<typeof parse>) =>
  (result.error?.issues ?? []).map((issue) =>
    [...issue.path, ...('keys' in issue ? issue.keys : [])].join('.'),
  );

describe('responseInputSchema', () => {
  it.each<Perspective>(['staff', 'expert', 'management', 'coordinator'])(
    'accepts a complete %s response with only the Likert items answered',
    (perspective) => {
      expect(parse(perspective, validAnswers(perspective)).success).toBe(true);
    },
  );

  it('accepts weet ik niet for a Likert item', () => {
    expect(parse('staff', { ...validAnswers('staff'), knowledgeDifference: 'dontKnow' }).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['0', 0],
    ['6', 6],
    ['3.5', 3.5],
    ['-1', -1],
    ['the text "3"', '3'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['null', null],
    ['a sensitive option', 'preferNotToSay'],
    ['an array', [3]],
  ])('refuses %s as a Likert answer', (_, answer) => {
    const result = parse('staff', { ...validAnswers('staff'), knowledgeDifference: answer });
    expect(issuePaths(result)).toEqual(['answers.knowledgeDifference']);
  });

  it('refuses a response that leaves out a required Likert item', () => {
    const { climateSafeToTalk: _left, ...rest } = validAnswers('staff');
    const result = parse('staff', rest);
    expect(issuePaths(result)).toEqual(['answers.climateSafeToTalk']);
    expect(result.error?.issues[0]?.message).toMatch(/dontKnow/);
  });

  it.each<[string, Perspective, string]>([
    ['an unknown item', 'staff', 'favouriteColour'],
    ['a self-assessment item from staff', 'staff', 'selfAssessmentExploration'],
    ['a self-assessment item from the coordinator', 'coordinator', 'selfAssessmentEmbedding'],
    ['an experts-only item from staff', 'staff', 'deploymentRoomForExpertise'],
    ['the wish-to-use item from an expert', 'expert', 'wishToUseOwnExperience'],
    ['an inherited property name', 'staff', 'constructor'],
  ])('refuses %s', (_, perspective, key) => {
    const result = parse(perspective, { ...validAnswers(perspective), [key]: 3 });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual([`answers.${key}`]);
  });

  it('refuses __proto__ smuggled in through JSON', () => {
    const json = JSON.stringify(validAnswers('staff')).replace('{', '{"__proto__": {"x": 1}, ');
    const result = parse('staff', JSON.parse(json));
    expect(issuePaths(result)).toEqual(['answers.__proto__']);
  });

  it('refuses anything beside the answers, such as an IP address or a time', () => {
    const schema = responseInputSchema(instrumentV1, 'staff');
    expect(schema.safeParse({ answers: validAnswers('staff'), ip: '192.0.2.1' }).success).toBe(false);
    expect(
      schema.safeParse({ answers: validAnswers('staff'), submittedAt: '2025-01-03T10:00' }).success,
    ).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ answers: 'all 3' }).success).toBe(false);
  });

  it.each<[string, unknown, boolean]>([
    ['yes', 'yes', true],
    ['preferNotToSay', 'preferNotToSay', true],
    ['maybe, an option of the other sensitive item', 'maybe', false],
    ['the Dutch label instead of the key', 'Ja', false],
    ['true', true, false],
    ['null', null, false],
  ])('handles %s as the answer to own experience', (_, answer, valid) => {
    const result = parse('staff', { ...validAnswers('staff'), ownExperienceDomesticViolence: answer });
    expect(result.success).toBe(valid);
  });

  it('lets a respondent skip both sensitive items and every open question', () => {
    const result = parse('staff', validAnswers('staff'));
    expect(Object.keys(result.data?.answers ?? {})).not.toContain('ownExperienceDomesticViolence');
  });

  it.each<[string, string, boolean]>([
    ['2000 characters', 'x'.repeat(2000), true],
    ['2000 characters with spaces around', `  ${'x'.repeat(2000)}\n`, true],
    ['2001 characters', 'x'.repeat(2001), false],
    ['a NUL character', 'a\u0000b', false],
    ['markup, kept as text', '<b>meer tijd</b>', true],
  ])('handles an open answer of %s', (_, answer, valid) => {
    expect(parse('staff', { ...validAnswers('staff'), openWhatHelps: answer }).success).toBe(valid);
  });

  it('trims open answers and drops the empty ones', () => {
    const result = parse('staff', {
      ...validAnswers('staff'),
      openWhatHelps: '  meer tijd \n',
      openWhatHinders: '  ',
    });
    expect(result.data?.answers.openWhatHelps).toBe('meer tijd');
    expect(Object.keys(result.data?.answers ?? {})).not.toContain('openWhatHinders');
  });

  it('refuses a number as an open answer', () => {
    expect(parse('staff', { ...validAnswers('staff'), openWhatHelps: 42 }).success).toBe(false);
  });
});

describe('instrumentContentSchema', () => {
  const withItems = (change: (items: InstrumentItem[]) => InstrumentItem[]): InstrumentContent => ({
    ...instrumentV1,
    items: change(structuredClone(instrumentV1.items)),
  });
  const first = instrumentV1.items[0] as InstrumentItem;

  it.each<[string, InstrumentContent, RegExp]>([
    [
      'an item key used twice',
      withItems((items) => [...items, first]),
      /item key knowledgeDifference repeats/,
    ],
    [
      'an item on a scale that does not exist',
      withItems((items) => [{ ...first, key: 'extra', scaleKey: 'mood' }, ...items]),
      /no scale mood/,
    ],
    [
      'a sensitive item without zeg ik liever niet',
      withItems((items) =>
        items.map((item) =>
          item.kind === 'sensitive'
            ? { ...item, options: item.options.filter((o) => o.key !== 'preferNotToSay') }
            : item,
        ),
      ),
      /offer preferNotToSay/,
    ],
    [
      'reverse on an open item',
      withItems((items) => items.map((item) => (item.kind === 'open' ? { ...item, reverse: true } : item))),
      /reverse/,
    ],
    [
      'an open item longer than we store',
      withItems((items) => items.map((item) => (item.kind === 'open' ? { ...item, maxLength: 5000 } : item))),
      /2000/,
    ],
    [
      'a self-assessment without step 6',
      withItems((items) => items.filter((item) => item.key !== 'selfAssessmentEmbedding')),
      /one management-only Likert item per step/,
    ],
    [
      'a self-assessment item for staff',
      withItems((items) =>
        items.map((item) =>
          item.key === 'selfAssessmentScoping' ? { ...item, perspectives: ['management', 'staff'] } : item,
        ),
      ),
      /one management-only Likert item per step/,
    ],
    [
      'an item for nobody',
      withItems((items) => items.map((item, i) => (i === 0 ? { ...item, perspectives: [] } : item))),
      />=1/,
    ],
    [
      'a perspective missing',
      { ...instrumentV1, perspectives: instrumentV1.perspectives.slice(1) },
      /the instrument does not name staff/,
    ],
    [
      'a scale key used twice',
      { ...instrumentV1, scales: [...instrumentV1.scales, instrumentV1.scales[0]] } as InstrumentContent,
      /scale key knowledge repeats/,
    ],
  ])('refuses an instrument with %s', (_, content, message) => {
    const issues = instrumentContentSchema.safeParse(content).error?.issues ?? [];
    expect(issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });
});
