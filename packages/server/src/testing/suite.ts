import { type OrgRole, orgRoles } from '@derde-bron/domain';
import { afterAll, beforeAll } from 'vitest';
import { injectAs, type OrgClient, orgClient, sessionRequest, type TestSession } from './http.ts';
import {
  buildTestApp,
  type DatabaseTarget,
  ownDatabase,
  type SeededOrganisation,
  seedNetworkAdmin,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
} from './index.ts';
import { type MeasurementClient, measurementClient, type Respondent, respondent } from './measurement.ts';

/** A signed-in session for every role of one organisation. */
export type RoleSessions = Record<OrgRole, TestSession>;

export type OrganisationSuite = {
  t: TestApp;
  org: SeededOrganisation;
  /** Sessions of `org`'s members, one per role. */
  as: RoleSessions;
  /** `org`'s API (after `prefix`, when given). */
  api: OrgClient;
  /** A second organisation, when `other` names it: to try reaching across. */
  other: SeededOrganisation;
  otherAs: RoleSessions;
  otherApi: OrgClient;
  /** A network admin's session, with `networkAdmin: true`. */
  networkAdmin: TestSession;
  /** `api` as one role of `org`; may be made while the block is declared. */
  actingAs(role: OrgRole): ReturnType<OrgClient['as']>;
  /** A new signed-in session of a user: one the suite did not sign in, or a member's second one. */
  sessionFor(userId: string): Promise<TestSession>;
  /** A request to the app with a session's cookie and CSRF token (see injectAs). */
  injectAs(session: TestSession, request: Parameters<typeof injectAs>[2]): ReturnType<typeof injectAs>;
  /** A request that only reads the session a cookie holds (see sessionRequest). */
  sessionRequest(cookie: string): ReturnType<typeof sessionRequest>;
};

async function roleSessions(t: TestApp, org: SeededOrganisation): Promise<RoleSessions> {
  const sessions = {} as RoleSessions;
  for (const role of orgRoles) sessions[role] = await sessionFor(t.app, org.members[role].id);
  return sessions;
}

/**
 * The set-up most integration test files share, registered in the `describe` block it is called in:
 * before its tests an app on `target` with a seeded organisation (and what `opts` asks for), after
 * them the app closed. The object it gives is filled in before the first test: read it in tests and
 * hooks, not while the block is being declared.
 */
export function organisationSuite(
  target: DatabaseTarget,
  opts: {
    /** The organisation's name (a unique suffix follows). */
    label?: string;
    /** Seeds a second organisation by this name. */
    other?: string;
    /** What follows `/api/organisations/:orgId` in every path of `api` and `otherApi`. */
    prefix?: string;
    /** Headers every request of `api` and `otherApi` sends. */
    headers?: Record<string, string>;
    /** Seeds a network admin. */
    networkAdmin?: boolean;
    /** A database of its own, for a test that changes what every organisation shares. */
    ownDatabase?: boolean;
    /** How the app is built (see buildTestApp): its configuration, mailer, log, extra routes. */
    app?: Parameters<typeof buildTestApp>[1];
  } = {},
): OrganisationSuite {
  const suite = {
    actingAs: (role) => (method, path, payload, extras) =>
      suite.api(suite.as[role], method, path, payload, extras),
    sessionFor: (userId) => sessionFor(suite.t.app, userId),
    injectAs: (session, request) => injectAs(suite.t.app, session, request),
    sessionRequest: (cookie) => sessionRequest(suite.t.app, cookie),
  } as OrganisationSuite;
  let dropOwn = async () => {};
  beforeAll(async () => {
    let onTarget = target;
    if (opts.ownDatabase) {
      const own = await ownDatabase(target);
      onTarget = own.target;
      dropOwn = own.drop;
    }
    const t = await buildTestApp(onTarget, opts.app);
    const client = (org: SeededOrganisation) =>
      orgClient(t.app, org.id, {
        ...(opts.prefix ? { prefix: opts.prefix } : {}),
        ...(opts.headers ? { headers: opts.headers } : {}),
      });
    suite.t = t;
    suite.org = await seedTestOrganisation(t, opts.label);
    suite.as = await roleSessions(t, suite.org);
    suite.api = client(suite.org);
    if (opts.other) {
      suite.other = await seedTestOrganisation(t, opts.other);
      suite.otherAs = await roleSessions(t, suite.other);
      suite.otherApi = client(suite.other);
    }
    if (opts.networkAdmin) suite.networkAdmin = await sessionFor(t.app, (await seedNetworkAdmin(t)).id);
  });
  afterAll(async () => {
    await suite.t?.close();
    await dropOwn();
  });
  return suite;
}

/** The set-up of a measurement test file: `organisationSuite`, with its coordinator's measurement client and a respondent. */
export function measurementSuite(target: DatabaseTarget, opts: Parameters<typeof organisationSuite>[1] = {}) {
  const suite = organisationSuite(target, opts) as OrganisationSuite & {
    m: MeasurementClient;
    r: Respondent;
  };
  beforeAll(() => {
    suite.m = measurementClient(suite.t.app, suite.as.coordinator, suite.org.id);
    suite.r = respondent(suite.t.app);
  });
  return suite;
}
