import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

describe('groupCommit', () => {
  it('writes items that arrive together in one batch, and those that arrive meanwhile in the next', async () => {
    const batches: number[][] = [];
    let writing: () => void = () => {};
    const submit = groupCommit(async (batch: number[]) => {
      batches.push(batch);
      await new Promise<void>((resolve) => {
        writing = resolve;
      });
      return batch.map((n) => n * 10);
    });
    const first = Promise.all([1, 2].map(submit));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1, 2]]);
    const second = Promise.all([3, 4, 5].map(submit));
    writing();
    expect(await first).toEqual([10, 20]);
    await new Promise((resolve) => setImmediate(resolve));
    writing();
    expect(await second).toEqual([30, 40, 50]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('keeps batches within the maximum size', async () => {
    const sizes: number[] = [];
    const submit = groupCommit(async (batch: number[]) => {
      sizes.push(batch.length);
      return batch;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map(submit));
    expect(Math.max(...sizes)).toBe(2);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('gives an error only to the item that fails on its own when a batch fails', async () => {
    const submit = groupCommit(async (batch: number[]) => {
      if (batch.includes(3)) throw new Error('three is refused');
      return batch.map((n) => `ok ${n}`);
    });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(submit));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[3]).toMatchObject({ value: 'ok 4' });
  });
});
