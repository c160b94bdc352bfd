import { describe, expect, it } from 'vitest';
import { stepKeys } from '../framework/schema.ts';
import type { LocalizedText } from '../locale.ts';
import {
  itemsForPerspective,
  openAnswerMaxLength,
  type Perspective,
  perspectives,
  preferNotToSay,
} from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import { instrumentContentSchema } from './schema.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLocalizedText = (value: unknown): value is LocalizedText =>
  isRecord(value) &&
  Object.keys(value).sort().join() === 'en,nl' &&
  typeof value.nl === 'string' &&
  typeof value.en === 'string';

/** Every LocalizedText in a value, with its path. */
function collectTexts(value: unknown, path = '$'): Array<{ path: string; text: LocalizedText }> {
  if (isLocalizedText(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((entry, i) => collectTexts(entry, `${path}[${i}]`));
  if (isRecord(value))
    return Object.entries(value).flatMap(([k, entry]) => collectTexts(entry, `${path}.${k}`));
  return [];
}

const texts = collectTexts(instrumentV1);
const { scales, items } = instrumentV1;
const coreScaleKeys = ['knowledge', 'appreciation', 'climate', 'deployment', 'needs'];
const likertItems = items.filter((item) => item.kind === 'likert');
const likertOf = (scaleKey: string, perspective?: Perspective) =>
  (perspective ? itemsForPerspective(likertItems, perspective) : likertItems).filter(
    (item) => item.scaleKey === scaleKey,
  );

describe('measurement instrument version 1', () => {
  it('is valid according to the instrument content schema', () => {
    const result = instrumentContentSchema.safeParse(instrumentV1);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has the five core scales and the management self-assessment, each with a unique key', () => {
    expect(scales.map((scale) => scale.key)).toEqual([...coreScaleKeys, 'selfAssessment']);
  });

  it('gives every item a unique key and a scale that exists', () => {
    const keys = items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    const scaleKeys = new Set(scales.map((scale) => scale.key));
    expect(items.filter((item) => !scaleKeys.has(item.scaleKey))).toEqual([]);
  });

  it('finds the texts it checks everywhere in the content', () => {
    const paths = texts.map((found) => found.path);
    expect(paths.length).toBeGreaterThan(70);
    expect(paths).toEqual(expect.arrayContaining(['$.intro', '$.likertLabels.dontKnow', '$.items[0].text']));
  });

  it('has every text in Dutch and in English', () => {
    expect(texts.filter(({ text }) => text.nl.trim() === '' || text.en.trim() === '')).toEqual([]);
  });

  it('actually translates every text', () => {
    const untranslated = texts.filter(({ text }) => text.nl.trim() === text.en.trim());
    expect(untranslated.map(({ path, text }) => `${path}: ${text.nl}`)).toEqual([]);
  });

  it('addresses the Dutch reader informally as je, never as u', () => {
    const formal = texts.filter(({ text }) => /(^|[^\p{L}])(u|uw)(?![\p{L}])/iu.test(text.nl));
    expect(formal.map(({ path, text }) => `${path}: ${text.nl}`)).toEqual([]);
  });

  it('keeps Dutch sentences short, as B1 asks', () => {
    const long = texts.flatMap(({ path, text }) =>
      text.nl
        .split(/[.?!:]\s+|\n+/)
        .filter((sentence) => sentence.split(/\s+/).length > 20)
        .map((sentence) => `${path}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('labels the answer scale from helemaal mee oneens to helemaal mee eens, plus weet ik niet', () => {
    const labels = instrumentV1.likertLabels;
    expect([labels[1].nl, labels[3].nl, labels[5].nl, labels.dontKnow.nl]).toEqual([
      'Helemaal mee oneens',
      'Niet eens, niet oneens',
      'Helemaal mee eens',
      'Weet ik niet',
    ]);
    expect([labels[1].en, labels[5].en, labels.dontKnow.en]).toEqual([
      'Strongly disagree',
      'Strongly agree',
      'Don’t know',
    ]);
  });

  it('names each of the four perspectives once', () => {
    expect(instrumentV1.perspectives.map((p) => p.key)).toEqual([...perspectives]);
  });

  it.each(coreScaleKeys)('has four to six Likert items on the %s scale', (scaleKey) => {
    expect(likertOf(scaleKey).length).toBeGreaterThanOrEqual(4);
    expect(likertOf(scaleKey).length).toBeLessThanOrEqual(6);
  });

  it('words a few Likert items the other way round, none of them in the self-assessment', () => {
    const reversed = likertItems.filter((item) => item.reverse);
    expect(reversed.length).toBeGreaterThanOrEqual(2);
    expect(reversed.length).toBeLessThanOrEqual(5);
    expect(reversed.filter((item) => item.scaleKey === 'selfAssessment')).toEqual([]);
  });

  it.each([...perspectives])(
    'asks the %s perspective at least four items of every core scale',
    (perspective) => {
      for (const scaleKey of coreScaleKeys) {
        expect(likertOf(scaleKey, perspective).length, scaleKey).toBeGreaterThanOrEqual(4);
      }
    },
  );

  it('gives the management perspective six self-assessment items, one per step in step order', () => {
    const selfAssessment = likertOf('selfAssessment', 'management');
    expect(selfAssessment.map((item) => item.stepKey)).toEqual([...stepKeys]);
    expect(selfAssessment.map((item) => item.text.nl.slice(0, 6))).toEqual([
      'Stap 1',
      'Stap 2',
      'Stap 3',
      'Stap 4',
      'Stap 5',
      'Stap 6',
    ]);
  });

  it.each(['staff', 'expert', 'coordinator'] as const)(
    'does not ask the %s perspective the self-assessment',
    (p) => {
      expect(likertOf('selfAssessment', p)).toEqual([]);
    },
  );

  it('asks a few items only of experts or of management and coordinator', () => {
    const limited = items.filter((item) => item.perspectives.length < perspectives.length);
    expect(limited.map((item) => item.key)).toEqual(
      expect.arrayContaining([
        'deploymentRoomForExpertise',
        'deploymentStructuralFunding',
        'appreciationPolicy',
      ]),
    );
  });

  it('has two sensitive items: own experience with domestic violence and the wish to use it', () => {
    const sensitive = items.filter((item) => item.kind === 'sensitive');
    expect(sensitive.map((item) => [item.key, item.options.map((option) => option.key)])).toEqual([
      ['ownExperienceDomesticViolence', ['yes', 'no', preferNotToSay]],
      ['wishToUseOwnExperience', ['yes', 'maybe', 'no', preferNotToSay]],
    ]);
  });

  it('offers zeg ik liever niet on every sensitive item and says it may be skipped', () => {
    for (const item of items) {
      if (item.kind !== 'sensitive') continue;
      const option = item.options.find((o) => o.key === preferNotToSay);
      expect(option?.label.nl, item.key).toBe('Zeg ik liever niet');
      expect(item.text.nl, item.key).toMatch(/overslaan/);
    }
  });

  it('has two or three open questions, within the stored length, asking for no names', () => {
    const open = items.filter((item) => item.kind === 'open');
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.length).toBeLessThanOrEqual(3);
    for (const item of open) {
      expect(item.maxLength).toBeLessThanOrEqual(openAnswerMaxLength);
      expect(item.text.nl).toMatch(/geen namen/);
    }
  });

  it('explains in every scale how its score is computed, including the half-answered rule', () => {
    for (const scale of scales) {
      expect(scale.scoring.nl, scale.key).toMatch(/gemiddelde.*helft/s);
      expect(scale.scoring.en, scale.key).toMatch(/mean.*half/s);
    }
  });

  it.each<[string, RegExp, RegExp]>([
    ['only the answers are stored', /alleen je antwoorden/, /only your answers/],
    [
      'no name, e-mail, IP address or time',
      /geen naam, geen e-mailadres, geen IP-adres en geen tijdstip/,
      /name.*e-mail.*IP address.*any time/,
    ],
    ['results only for groups of at least 5', /minstens 5 mensen/, /at least 5 people/],
    [
      '10 for sensitive questions (as an estimate) and open answers',
      /Gevoelige vragen .*vanaf 10 antwoorden, en alleen als schatting. Open antwoorden .*vanaf 10 antwoorden/,
      /Sensitive questions .*from 10 answers, and only as an estimate. Open answers .*from 10 answers/,
    ],
    ['responses shuffled when the wave closes', /willekeurige volgorde/, /random order/],
    [
      'results only after the wave closes',
      /pas te zien als de meting is gesloten/,
      /after the survey has closed/,
    ],
    ['sensitive questions may be skipped', /mag je altijd overslaan/, /may always skip/],
  ])('tells respondents up front that %s', (_, nl, en) => {
    expect(instrumentV1.intro.nl).toMatch(nl);
    expect(instrumentV1.intro.en).toMatch(en);
  });
});
