import { describe, expect, it } from 'vitest';
import {
  createJournalKeys,
  fromBase32,
  fromBase64,
  JournalLockedError,
  journalBucketFor,
  journalBuckets,
  journalEntryInputSchema,
  journalSealedSizes,
  journalSetupSchema,
  journalStagePrompts,
  journalStages,
  journalValueKeys,
  openEntry,
  padToBucket,
  readJournalEntryContent,
  rewrapForNewPassphrase,
  sealEntry,
  toBase32,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  unpad,
} from '../index.ts';

// Few rounds keep the tests quick; the rounds are a parameter stored with the journal.
const rounds = 1_000;
const entry = { text: 'Vandaag dacht ik aan vroeger. Het raakte me.', readyToShare: false };

describe('padding to buckets', () => {
  it.each([
    [0, 1024],
    [1020, 1024],
    [1021, 4096],
    [4092, 4096],
    [4093, 16_384],
    [200_000, 262_144],
    [262_140, 262_144],
    [262_141, null],
  ])('%i bytes go into the bucket of %s', (length, bucket) => {
    expect(journalBucketFor(length)).toBe(bucket);
  });

  it('pads to the bucket and reads the same bytes back', () => {
    for (const length of [0, 1, 500, 1020, 3000, 70_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 7) % 256);
      const padded = padToBucket(bytes);
      expect(journalBuckets).toContain(padded.length);
      expect(unpad(padded)).toEqual(bytes);
    }
  });

  it('refuses what is too long for the largest bucket', () => {
    expect(() => padToBucket(new Uint8Array(262_141))).toThrow(RangeError);
  });
});

describe('recovery key text', () => {
  it('reads back what it wrote, forgiving case, spaces, dashes and look-alikes', () => {
    const bytes = new Uint8Array(20).map((_, i) => i * 13);
    const text = toBase32(bytes);
    expect(text).toHaveLength(32);
    expect(fromBase32(text)).toEqual(bytes);
    const written = text
      .toLowerCase()
      .replace(/(.{4})/g, '$1 - ')
      .replace(/0/g, 'o')
      .replace(/1/g, 'l');
    expect(fromBase32(written)).toEqual(bytes);
    expect(fromBase32('not base32 !')).toBeNull();
  });
});

describe('the journal’s keys and entries', () => {
  it('round-trips an entry through its sealed form, padded to a bucket', async () => {
    const { dataKey, material } = await createJournalKeys('lange zin om te onthouden', rounds);
    const sealed = await sealEntry(dataKey, entry);
    expect(journalSealedSizes).toContain(fromBase64(sealed).length);
    expect(sealed).not.toContain('vroeger');
    expect(await openEntry(dataKey, sealed)).toEqual(entry);
    expect(journalSetupSchema.safeParse({ ...material, iterations: 600_000 }).success).toBe(true);
    expect(journalEntryInputSchema.safeParse({ sealed }).success).toBe(true);
  });

  it('seals the same text differently each time (a fresh IV)', async () => {
    const { dataKey } = await createJournalKeys('lange zin om te onthouden', rounds);
    expect(await sealEntry(dataKey, entry)).not.toBe(await sealEntry(dataKey, entry));
  });

  it('opens with the passphrase and with the recovery key, and not with a wrong one', async () => {
    const { dataKey, material, recoveryKey } = await createJournalKeys('mijn eigen zin', rounds);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const sealed = await sealEntry(dataKey, entry);
    expect(await openEntry(await unlockWithPassphrase(material, 'mijn eigen zin'), sealed)).toEqual(entry);
    expect(await openEntry(await unlockWithRecoveryKey(material, recoveryKey.toLowerCase()), sealed)).toEqual(
      entry,
    );
    await expect(unlockWithPassphrase(material, 'mijn eigen zin!')).rejects.toThrow(JournalLockedError);
    const wrongRecovery = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('A') ? 'B' : 'A'}`;
    await expect(unlockWithRecoveryKey(material, wrongRecovery)).rejects.toThrow(JournalLockedError);
    await expect(unlockWithRecoveryKey(material, 'te kort')).rejects.toThrow(JournalLockedError);
  });

  it('does not open an entry of another journal', async () => {
    const mine = await createJournalKeys('mijn eigen zin', rounds);
    const theirs = await createJournalKeys('mijn eigen zin', rounds);
    const sealed = await sealEntry(mine.dataKey, entry);
    await expect(openEntry(theirs.dataKey, sealed)).rejects.toThrow(JournalLockedError);
  });

  it('a new passphrase after the recovery key: the old one no longer opens, the recovery key still does', async () => {
    const { dataKey, material, recoveryKey } = await createJournalKeys('vergeten zin', rounds);
    const sealed = await sealEntry(dataKey, entry);
    const next = await rewrapForNewPassphrase(material, recoveryKey, 'nieuwe zin', rounds);
    await expect(unlockWithPassphrase(next, 'vergeten zin')).rejects.toThrow(JournalLockedError);
    expect(await openEntry(await unlockWithPassphrase(next, 'nieuwe zin'), sealed)).toEqual(entry);
    expect(await openEntry(await unlockWithRecoveryKey(next, recoveryKey), sealed)).toEqual(entry);
  });

  it('keeps the data key out of reach of the page once unwrapped', async () => {
    const { material } = await createJournalKeys('mijn eigen zin', rounds);
    const key = await unlockWithPassphrase(material, 'mijn eigen zin');
    expect(key.extractable).toBe(false);
  });
});

describe('what the server accepts', () => {
  it('refuses plain text, an unpadded size and unknown fields', () => {
    expect(journalEntryInputSchema.safeParse({ sealed: 'Vandaag dacht ik aan vroeger' }).success).toBe(false);
    expect(journalEntryInputSchema.safeParse({ sealed: btoa('x'.repeat(100)) }).success).toBe(false);
    expect(journalEntryInputSchema.safeParse({ sealed: btoa('x'.repeat(1052)), title: 'x' }).success).toBe(
      false,
    );
    expect(journalEntryInputSchema.safeParse({ sealed: btoa('x'.repeat(1052)) }).success).toBe(true);
  });
});

describe('prompts of the circular model', () => {
  it('has prompts for every stage and one per value of the beroepscode', () => {
    expect(journalStages).toEqual(['experience', 'reflection', 'experientialKnowledge', 'deployment']);
    for (const stage of journalStages) expect(journalStagePrompts[stage].length).toBeGreaterThan(0);
    expect(journalValueKeys).toContain('equality');
    expect(journalValueKeys).toContain('competentPractice');
  });

  it.each([
    [
      { text: 'a', stage: 'reflection', promptKey: 'whatDidItDo', valueKey: 'respect', readyToShare: true },
      'whatDidItDo',
      'respect',
      true,
    ],
    [
      { text: 'a', stage: 'reflection', promptKey: 'whatHappened', valueKey: 'nope', readyToShare: 'yes' },
      null,
      null,
      false,
    ],
    [{ text: 'a', stage: 'other', promptKey: 'whatDidItDo' }, null, null, false],
  ])('reads an opened entry defensively (%#)', (value, promptKey, valueKey, ready) => {
    const content = readJournalEntryContent(value);
    expect(content.promptKey).toBe(promptKey);
    expect(content.valueKey).toBe(valueKey);
    expect(content.readyToShare).toBe(ready);
  });
});
