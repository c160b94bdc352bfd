import { describe, expect, it } from 'vitest';
import { parseAddresses } from './addresses.ts';

describe('e-mail addresses as typed or pasted', () => {
  it('splits on lines, commas, semicolons and spaces, and keeps each address once whatever its case', () => {
    expect(
      parseAddresses('an@example.org\nbo@example.org, AN@example.org;cy@example.org  dé@example.org'),
    ).toEqual(['an@example.org', 'bo@example.org', 'cy@example.org', 'dé@example.org']);
  });

  it('finds nothing in blank text', () => {
    expect(parseAddresses(' \n ,; ')).toEqual([]);
  });
});
