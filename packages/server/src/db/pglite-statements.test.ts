import { describe, expect, it } from 'vitest';
import { PreparedStatements } from './pglite-statements.ts';

describe('prepared statements kept for the texts used most recently', () => {
  it('prepares a text once and names it the same way after that', () => {
    const statements = new PreparedStatements(2);
    const first = statements.take('select 1');
    expect(first.prepared).toBe(false);
    statements.keep('select 1', first.name);
    expect(statements.take('select 1')).toEqual({ name: first.name, prepared: true });
  });

  it('does not keep a statement that was never confirmed as prepared', () => {
    const statements = new PreparedStatements(2);
    const failed = statements.take('select broken');
    expect(statements.take('select broken')).toMatchObject({ prepared: false });
    expect(statements.take('select broken').name).not.toBe(failed.name);
    expect(statements.size).toBe(0);
  });

  it('closes the least recently used statement to make room', () => {
    const statements = new PreparedStatements(2);
    const names: Record<string, string> = {};
    for (const text of ['a', 'b']) {
      names[text] = statements.take(text).name;
      statements.keep(text, names[text] ?? '');
    }
    statements.take('a'); // now b is the least recently used
    const c = statements.take('c');
    expect(c).toMatchObject({ prepared: false, close: names.b });
    statements.keep('c', c.name);
    expect(statements.size).toBe(2);
    expect(statements.take('a')).toMatchObject({ prepared: true });
    expect(statements.take('b')).toMatchObject({ prepared: false });
  });
});
