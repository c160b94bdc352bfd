import { bundledFrameworks } from '@derde-bron/domain';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import { formatDay, today } from '../../../lib/format.ts';
import { initI18n } from '../../../lib/i18n.ts';
import { describeChange, itemLabels, shorten } from './words.ts';

const owners = new Map([['m-1', 'Coördinator Noord']]);
const context = (locale: 'nl' | 'en' = 'nl') => ({
  t: i18next.getFixedT(locale),
  locale,
  ownerName: (id: string) => owners.get(id),
});
const sentence = (
  change: { field: string; from: string | null; to: string | null },
  locale: 'nl' | 'en' = 'nl',
) => i18next.getFixedT(locale)('roadmap.history.change', describeChange(change, context(locale)));

describe('history changes in words', () => {
  beforeEach(async () => {
    await initI18n('nl');
    // The app loads English when it is chosen; these sentences are read in both at once.
    i18next.addResourceBundle('en', 'translation', en);
  });

  it('names a status by its words, in Dutch and in English', () => {
    const change = { field: 'status', from: 'notStarted', to: 'inProgress' };
    expect(sentence(change)).toBe('Status: van Niet gestart naar Bezig');
    expect(sentence(change, 'en')).toBe('Status: from Not started to In progress');
    expect(sentence({ field: 'status', from: 'done', to: 'notApplicable' })).toBe(
      'Status: van Klaar naar Niet van toepassing',
    );
  });

  it('names an owner by name, and someone it does not know without an id', () => {
    expect(sentence({ field: 'ownerMembershipId', from: null, to: 'm-1' })).toBe(
      'Eigenaar: van leeg naar Coördinator Noord',
    );
    const unknown = sentence({
      field: 'ownerMembershipId',
      from: 'm-1',
      to: '6c1f0b7e-0000-4000-8000-000000000000',
    });
    expect(unknown).toBe('Eigenaar: van Coördinator Noord naar een lid van je organisatie');
    expect(unknown).not.toContain('6c1f0b7e');
  });

  it('writes a due date as a date, without a time-zone shift', () => {
    expect(sentence({ field: 'dueDate', from: '2026-03-01', to: null })).toBe(
      'Deadline: van 1 maart 2026 naar leeg',
    );
    expect(formatDay('2026-12-31', 'en')).toBe('December 31, 2026');
  });

  it('shortens long notes and names the reason field', () => {
    const long = `${'woord '.repeat(60)}einde`;
    const words = describeChange({ field: 'notes', from: '', to: long }, context());
    expect(words.field).toBe('Notities');
    expect(words.from).toBe('leeg');
    expect(words.to.length).toBeLessThanOrEqual(161);
    expect(words.to.endsWith('…')).toBe(true);
    expect(
      describeChange({ field: 'notApplicableReason', from: null, to: 'Geen budget' }, context()),
    ).toEqual({
      field: 'Reden niet van toepassing',
      from: 'leeg',
      to: 'Geen budget',
    });
  });

  it('keeps a field it does not know as it is', () => {
    expect(describeChange({ field: 'colour', from: 'red', to: 'blue' }, context())).toEqual({
      field: 'colour',
      from: 'red',
      to: 'blue',
    });
  });
});

describe('helpers', () => {
  it('labels every item with its step and item number and title', () => {
    const content = bundledFrameworks[0]?.content;
    if (!content) throw new Error('no bundled framework');
    const labels = itemLabels(content, 'nl');
    expect(labels.get('vision')).toMatch(/^2\.1 /);
    expect(labels.get('capacity')).toBe('3.1 Capaciteit');
    expect(itemLabels(content, 'en').get('capacity')).toBe('3.1 Capacity');
  });

  it('gives today as a plain day and leaves short text alone', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(shorten('kort')).toBe('kort');
  });
});
