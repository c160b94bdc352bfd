import { describe, expect, it } from 'vitest';
import { nextTask } from './next-task.ts';

describe('the next task', () => {
  it('comes after all the work the current task has queued', async () => {
    const order: string[] = [];
    const next = nextTask().then(() => order.push('next task'));
    queueMicrotask(() => order.push('queued work'));
    await next;
    expect(order).toEqual(['queued work', 'next task']);
  });
});
