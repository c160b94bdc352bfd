import { orgRoles } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  queryRows,
  randomClientAddress,
  seedNetworkAdmin,
  type TestApp,
  testDatabases,
} from './testing/index.ts';
import { organisationSuite } from './testing/suite.ts';

/**
 * Property-based tests over every operation of the OpenAPI document (so routes added later are
 * fuzzed too): generated bad input — wrong types, odd strings, unknown and missing fields, ids of
 * nothing — as a signed-in user of each role. Never a 5xx; and a 4xx changes no row of the
 * organisation's tables. Bounded: a few runs per operation and caller, and a time limit per property.
 */
const runsPerCaller = Number(process.env.FUZZ_RUNS ?? 3);
const timeLimitMs = 3000;

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
};
type Operation = {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodySchema: Schema | undefined;
};

async function allOperations(t: TestApp): Promise<Operation[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = (operation.parameters ?? []) as Array<{ in: string; name: string }>;
      const body = operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined;
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodySchema: body?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

/** Strings a validator should refuse: empty, huge, control characters, injections, not-ids. */
const oddString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'null',
    '../../etc/passwd',
    "' or 1=1 --",
    '<script>',
    '\u0000',
    '💥',
  ),
  fc.constant('x'.repeat(5000)),
  fc.uuid(),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(oddString, { maxLength: 3 }),
  fc.dictionary(oddString, oddString, { maxKeys: 3 }),
);

/** A body shaped like the schema's object, with odd values, missing fields and unknown ones. */
function badBody(schema: Schema | undefined): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema?.properties ?? {});
  const shaped =
    keys.length > 0
      ? fc
          .tuple(
            fc.record(Object.fromEntries(keys.map((key) => [key, oddValue])), { requiredKeys: [] }),
            fc.dictionary(fc.string({ maxLength: 10 }), oddValue, { maxKeys: 2 }),
          )
          .map(([known, unknown]) => ({ ...unknown, ...known }))
      : fc.dictionary(oddString, oddValue, { maxKeys: 3 });
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 1, arbitrary: oddValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

describe.each(testDatabases)('fuzzing every operation on $name', ({ target }) => {
  const s = organisationSuite(target);
  let operations: Operation[];
  let callers: Array<{ name: string; userId: string }>;
  let orgTables: string[];

  /** Every row of every table that holds the organisation's data, as one digest. */
  async function snapshot(): Promise<string> {
    const parts = [
      sql`select md5(coalesce(string_agg(o::text, ',' order by o::text), '')) as d from organisations o where id = ${s.org.id}`,
      sql`select md5(coalesce(string_agg(u::text, ',' order by u::text), '')) as d from users u
          where id in (select user_id from memberships where org_id = ${s.org.id})`,
      ...orgTables.map(
        (table) =>
          sql`select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as d from ${sql.identifier(table)} x where org_id = ${s.org.id}${
            // A refusal or a failed attempt is recorded on purpose (data.exportRefused, a wrong current
            // password's auth.passwordFailed, auth.lockedOut): that is the one row a 4xx may add.
            table === 'audit_log'
              ? sql` and action not like '%Refused' and action not like '%Failed' and action <> 'auth.lockedOut'`
              : sql``
          }`,
      ),
    ];
    const union = sql.join(parts, sql` union all `);
    const rows = await queryRows(s.t.database, sql`select string_agg(d, '') as all from (${union}) s`);
    return String(rows[0]?.all);
  }

  beforeAll(async () => {
    const network = await seedNetworkAdmin(s.t);
    callers = [
      ...orgRoles.map((role) => ({ name: role, userId: s.org.members[role].id })),
      { name: 'network_admin', userId: network.id },
    ];
    operations = await allOperations(s.t);
    const tables = await queryRows(
      s.t.database,
      sql`select table_name from information_schema.columns
          where table_schema = 'public' and column_name = 'org_id' order by table_name`,
    );
    orgTables = tables.map((row) => String(row.table_name));
  }, 60_000);

  it('reads the operations from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(orgTables).toContain('responses');
  });

  it('never answers 5xx to bad input, and a 4xx changes nothing', async () => {
    const failures: string[] = [];
    const answered = { '2xx': 0, '4xx': 0, other: 0 };
    for (const operation of operations) {
      for (const caller of callers) {
        const session = await s.sessionFor(caller.userId);
        let before = await snapshot();
        const input = fc.record({
          params: fc.record(
            Object.fromEntries(
              operation.pathParams.map((name) => [
                name,
                name === 'orgId' ? fc.oneof(fc.constant(s.org.id), oddString) : oddString,
              ]),
            ),
          ),
          query: fc.record(Object.fromEntries(operation.queryParams.map((name) => [name, oddString])), {
            requiredKeys: [],
          }),
          body: ['POST', 'PUT', 'PATCH'].includes(operation.method)
            ? badBody(operation.bodySchema)
            : fc.constant(undefined),
        });
        await fc.assert(
          fc.asyncProperty(input, async ({ params, query, body }) => {
            const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
              encodeURIComponent(String(params[name]) || '-'),
            );
            const search = new URLSearchParams(query as Record<string, string>).toString();
            const res = await s.injectAs(session, {
              remoteAddress: randomClientAddress(),
              method: operation.method as 'GET',
              url: search ? `${path}?${search}` : path,
              ...(body === undefined
                ? {}
                : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
            });
            const label = `${operation.method} ${operation.path} as ${caller.name}: ${res.statusCode}`;
            answered[res.statusCode < 300 ? '2xx' : res.statusCode < 500 ? '4xx' : 'other']++;
            if (res.statusCode >= 500) failures.push(`${label} ${res.body.slice(0, 200)}`);
            const after = await snapshot();
            if (res.statusCode >= 400 && after !== before) failures.push(`${label} changed rows`);
            before = after;
          }),
          { numRuns: runsPerCaller, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false },
        );
      }
    }
    expect(failures).toEqual([]);
    // Nearly everything generated is refused, as it should be.
    expect(answered['4xx']).toBeGreaterThan(operations.length * callers.length);
  }, 600_000);
});
