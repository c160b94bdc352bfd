import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentDocument, documentPath, schemaPath, schemaStamp } from '../scripts/openapi.ts';

/**
 * The web's response types (packages/web/src/api/schema.d.ts) are made from the checked-in OpenAPI
 * document. When a route changes, this fails until `npm run openapi -w @derde-bron/server` is run.
 */
describe('the OpenAPI document the web is typed from', () => {
  const checkedIn = JSON.parse(readFileSync(documentPath, 'utf8')) as unknown;

  it('is the document the routes declare today', async () => {
    expect(checkedIn).toEqual(await currentDocument());
  }, 60_000);

  it('is the one the web’s types were generated from', () => {
    const firstLine = readFileSync(schemaPath, 'utf8').split('\n')[0];
    expect(firstLine).toBe(schemaStamp(checkedIn));
  });
});
