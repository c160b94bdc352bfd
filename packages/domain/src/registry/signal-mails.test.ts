import { describe, expect, it } from 'vitest';
import { type SentSignal, signalMailsDue } from './signal-mails.ts';
import type { Signal } from './signals.ts';

describe('signalMailsDue', () => {
  it.each<[string, Signal[], SentSignal[], Signal[]]>([
    ['nothing to mail', [], [], []],
    [
      'an expiring registration, not sent before',
      [{ key: 'registrationExpiring', date: '2026-05-01' }],
      [],
      [{ key: 'registrationExpiring', date: '2026-05-01' }],
    ],
    [
      'the same signal already sent',
      [{ key: 'registrationExpiring', date: '2026-05-01' }],
      [{ key: 'registrationExpiring', date: '2026-05-01' }],
      [],
    ],
    [
      'a renewed registration that expires again: new date, mailed again',
      [{ key: 'registrationExpiring', date: '2027-05-01' }],
      [{ key: 'registrationExpiring', date: '2026-05-01' }],
      [{ key: 'registrationExpiring', date: '2027-05-01' }],
    ],
    [
      'expired after expiring: another key, mailed',
      [{ key: 'registrationExpired', date: '2026-05-01' }],
      [{ key: 'registrationExpiring', date: '2026-05-01' }],
      [{ key: 'registrationExpired', date: '2026-05-01' }],
    ],
    [
      'signals for the coordinator only are not mailed',
      [
        { key: 'registrationRequired', date: null },
        { key: 'trainingMissing', date: null },
        { key: 'nonStructuralFunding', date: null },
        { key: 'reflectionHoursShort', date: '2026-05-01' },
        { key: 'registrationNumberFormat', date: null },
      ],
      [],
      [],
    ],
    [
      'SKJ, funding and reflection',
      [
        { key: 'skjExpiring', date: '2026-04-01' },
        { key: 'skjExpired', date: '2026-01-01' },
        { key: 'fundingEnding', date: '2026-08-31' },
        { key: 'noReflection', date: '2025-11-01' },
      ],
      [],
      [
        { key: 'skjExpiring', date: '2026-04-01' },
        { key: 'skjExpired', date: '2026-01-01' },
        { key: 'fundingEnding', date: '2026-08-31' },
        { key: 'noReflection', date: '2025-11-01' },
      ],
    ],
    [
      'a signal without a date is stored with an empty date',
      [{ key: 'noReflection', date: null }],
      [{ key: 'noReflection', date: '' }],
      [],
    ],
    [
      'a signal without a date, not sent before',
      [{ key: 'noReflection', date: null }],
      [{ key: 'noReflection', date: '2025-01-01' }],
      [{ key: 'noReflection', date: null }],
    ],
    [
      'the same signal twice in the list is mailed once',
      [
        { key: 'fundingEnding', date: '2026-08-31' },
        { key: 'fundingEnding', date: '2026-08-31' },
      ],
      [],
      [{ key: 'fundingEnding', date: '2026-08-31' }],
    ],
  ])('%s', (_name, signals, sent, expected) => {
    expect(signalMailsDue(signals, sent)).toEqual(expected);
  });
});
