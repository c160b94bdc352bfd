import { randomUUID } from 'node:crypto';
import type { Breakdown, Perspective } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { measurementWaves } from '../modules/measurement/table.ts';
import { daysFromToday, injectFromOwnAddress, orgClient, type TestSession } from './http.ts';

type Method = 'GET' | 'POST' | 'DELETE';
type Group = { perspective?: Perspective; teamId?: string | null; headcount?: number };

/**
 * A coordinator's side of measurement through HTTP, for tests: plan a wave, declare its groups with
 * their headcounts, make links, close it and read what it published. Each call checks its status,
 * (and throws with the answer when it is not the expected one), so a test reads as the steps a
 * coordinator takes. Used by the server tests, the browser tests and the benchmarks.
 */
export function measurementClient(app: FastifyInstance, session: TestSession, orgId: string) {
  const as = orgClient(app, orgId).as(session);
  const ok = async (method: Method, path: string, payload: object | undefined, status: number) => {
    const res = await as(method, path, payload);
    if (res.statusCode !== status)
      throw new Error(`${method} ${path} answered ${res.statusCode}: ${res.body}`);
    return res.statusCode === 204 ? null : res.json();
  };
  return {
    as,
    async planWave(
      opts: {
        perspectives?: Perspective[];
        opensIn?: number;
        kind?: 'baseline' | 'followUp';
        title?: string;
      } = {},
    ) {
      const wave = await ok(
        'POST',
        '/waves',
        {
          title: opts.title ?? `Meting ${randomUUID().slice(0, 6)}`,
          kind: opts.kind ?? 'baseline',
          opensOn: daysFromToday(opts.opensIn ?? 0),
          closesOn: daysFromToday((opts.opensIn ?? 0) + 14),
          perspectives: ['staff'],
        },
        201,
      );
      // A wave with the small groups' own perspectives is one opened under instrument v1 (new waves
      // ask staff only): made as staff, then turned into the v1 wave it stands for.
      const perspectives = opts.perspectives ?? ['staff'];
      if (perspectives.some((p) => p !== 'staff'))
        await app.database.owner
          .update(measurementWaves)
          .set({ instrumentVersion: 1, perspectives })
          .where(eq(measurementWaves.id, wave.id));
      return wave.id as string;
    },
    async declareGroup(waveId: string, group: Group = {}) {
      const made = await ok(
        'POST',
        `/waves/${waveId}/groups`,
        {
          perspective: group.perspective ?? 'staff',
          teamId: group.teamId ?? null,
          headcount: group.headcount ?? 20,
        },
        201,
      );
      return made.id as string;
    },
    async sharedLink(waveId: string, groupId: string) {
      return (await ok('POST', `/waves/${waveId}/links`, { groupId }, 201)).token as string;
    },
    /** A group and a shared link to it, in one step. */
    async groupWithLink(waveId: string, group: Group = {}) {
      const groupId = await this.declareGroup(waveId, group);
      return { groupId, token: await this.sharedLink(waveId, groupId) };
    },
    async close(waveId: string) {
      return ok('POST', `/waves/${waveId}/close`, undefined, 200);
    },
    async results(waveId: string, breakdown: Breakdown = 'none') {
      return ok('GET', `/waves/${waveId}/results?breakdown=${breakdown}`, undefined, 200);
    },
    async groups(waveId: string) {
      return (await ok('GET', `/waves/${waveId}/groups`, undefined, 200)).groups as Array<
        Record<string, unknown>
      >;
    },
  };
}

export type MeasurementClient = ReturnType<typeof measurementClient>;
export type Respondent = ReturnType<typeof respondent>;

/** A respondent's side: open and submit through a link, each from an address of its own. */
export function respondent(app: FastifyInstance) {
  const post = (path: 'open' | 'submit', payload: object) =>
    injectFromOwnAddress(app, { method: 'POST', url: `/api/respond/${path}`, payload });
  return {
    open: (token: string) => post('open', { token }),
    submit: (token: string, answers: object, submissionKey: string = randomUUID()) =>
      post('submit', { token, submissionKey, answers }),
    /** Submits and checks it was stored. */
    async answer(token: string, answers: object) {
      const res = await post('submit', { token, submissionKey: randomUUID(), answers });
      if (res.statusCode !== 201) throw new Error(`submit answered ${res.statusCode}: ${res.body}`);
    },
  };
}
