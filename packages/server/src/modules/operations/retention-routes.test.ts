import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testConfig } from '../../testing/index.ts';

describe('GET /api/retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { retention } = testConfig();
    t = await buildTestApp(
      { memory: true },
      { config: { retention: { ...retention, answers: 400, endedRegistryPeople: 90 } } },
    );
  });
  afterAll(() => t.close());

  it('says how long data is kept, from the server’s retention config, to anyone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/retention' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ answers: 400, endedRegistryPeople: 90 });
    expect(res.json().reports).toBeTypeOf('number');
  });
});
