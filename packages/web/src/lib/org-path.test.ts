import { describe, expect, it } from 'vitest';
import { orgPath } from './org-path.ts';

describe('orgPath', () => {
  it('builds the list, one organisation and what is inside it, encoding every part', () => {
    expect(orgPath()).toBe('/api/organisations');
    expect(orgPath('o1')).toBe('/api/organisations/o1');
    expect(orgPath('o1', 'teams', 'a/b')).toBe('/api/organisations/o1/teams/a%2Fb');
    expect(orgPath('o 1', 'waves', 3)).toBe('/api/organisations/o%201/waves/3');
  });
});
