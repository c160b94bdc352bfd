import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import {
  type MemberContent,
  memberPageOf,
  type PageHeadingKeys,
  type SignedInContent,
  signedInPageOf,
} from '../components/page-of.tsx';
import { HomePage } from '../features/pages/home-page.tsx';
import { NotFoundPage } from '../features/pages/not-found-page.tsx';
import type { Access } from '../lib/access.ts';

/** A link in the main navigation: its place, and optionally who sees it if not all the page lets in. */
export type NavEntry = {
  labelKey: string;
  order: number;
  end?: boolean;
  /** Of several links in one group (the same label), only the first one allowed is shown. */
  group?: string;
  access?: Access;
};

/** What a route carries besides its page: who may open it, and its link in the navigation. */
export type PageHandle = { access?: Access; nav?: NavEntry };

export type Page = RouteObject & { handle?: PageHandle };

/**
 * A page loaded when it is first visited: each page is its own chunk, so that a respondent on a
 * phone loads the questionnaire, not the whole app. The router loads it before it shows the page.
 */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/**
 * A page of the organisation's workspace, loaded like `page`: the heading and the lead paragraph
 * named here, and the module's content for a member the route's access lets in (see memberPageOf).
 */
function memberPage<M extends Record<string, unknown>>(
  heading: PageHeadingKeys,
  load: () => Promise<M>,
  name: keyof M,
) {
  return async () => ({ Component: memberPageOf((await load())[name] as MemberContent, heading) });
}

/** A page for anyone signed in whom the route lets in, loaded like `page` (see signedInPageOf). */
function signedInPage<M extends Record<string, unknown>>(
  heading: PageHeadingKeys,
  load: () => Promise<M>,
  name: keyof M,
) {
  return async () => ({ Component: signedInPageOf((await load())[name] as SignedInContent, heading) });
}

const organisationRead: Access = { anyOf: ['organisation.read'] };
const roadmapRead: Access = { anyOf: ['roadmap.read'] };
const monitorRead: Access = { anyOf: ['monitor.read'] };
const measurementManage: Access = { anyOf: ['measurement.manage'] };
const measurementRead: Access = { anyOf: ['measurement.manage', 'measurement.results'] };
const registryManage: Access = { anyOf: ['registry.manage'] };
const registryOverview: Access = { anyOf: ['registry.overview'] };
const registryPerson: Access = { anyOf: ['registry.person'] };
const journalOwn: Access = { anyOf: ['journal.own'] };
const intervisionManage: Access = { anyOf: ['intervision.manage'] };

/**
 * The one route table: every page with who may open it and its place in the navigation. Paths are
 * Dutch and neutral: nothing about the reader goes into a URL. Tokens from e-mailed links arrive
 * in the fragment and are removed from the address at once.
 */
export const pages: Page[] = [
  { index: true, element: <HomePage /> },
  {
    path: 'kader',
    lazy: page(
      () => import('../features/framework/components/framework-overview-page.tsx'),
      'FrameworkOverviewPage',
    ),
  },
  {
    path: 'kader/stap/:number',
    lazy: page(() => import('../features/framework/components/step-page.tsx'), 'StepPage'),
  },
  {
    path: 'toegankelijkheid',
    lazy: page(() => import('../features/pages/accessibility-page.tsx'), 'AccessibilityPage'),
  },
  {
    path: 'veilig-internetten',
    lazy: page(() => import('../features/pages/safe-browsing-page.tsx'), 'SafeBrowsingPage'),
  },
  {
    path: 'inloggen',
    lazy: page(() => import('../features/auth/components/sign-in-page.tsx'), 'SignInPage'),
  },
  {
    path: 'tweestapsverificatie',
    lazy: page(() => import('../features/auth/components/two-factor-setup-page.tsx'), 'TwoFactorSetupPage'),
  },
  {
    path: 'wachtwoord-vergeten',
    lazy: page(() => import('../features/auth/components/forgot-password-page.tsx'), 'ForgotPasswordPage'),
  },
  {
    path: 'wachtwoord-kiezen',
    lazy: page(() => import('../features/auth/components/choose-password-page.tsx'), 'ChoosePasswordPage'),
  },
  {
    path: 'uitnodiging',
    lazy: page(() => import('../features/organisations/components/invitation-page.tsx'), 'InvitationPage'),
  },
  {
    path: 'account',
    lazy: signedInPage(
      { titleKey: 'account.title' },
      () => import('../features/auth/components/account-page.tsx'),
      'AccountDetails',
    ),
    handle: { access: { signedIn: true }, nav: { labelKey: 'shell.nav.account', order: 110 } },
  },
  {
    path: 'organisatie',
    lazy: memberPage(
      { titleKey: 'organisation.title' },
      () => import('../features/organisations/components/organisation-page.tsx'),
      'OrganisationContent',
    ),
    handle: {
      access: organisationRead,
      nav: { labelKey: 'shell.nav.organisation', order: 10, end: true },
    },
  },
  {
    path: 'organisatie/start',
    lazy: page(() => import('../features/start/components/start-page.tsx'), 'StartPage'),
    handle: { access: organisationRead, nav: { labelKey: 'shell.nav.start', order: 5 } },
  },
  {
    path: 'organisatie/logboek',
    lazy: memberPage(
      { titleKey: 'audit.title' },
      () => import('../features/audit/components/audit-log-page.tsx'),
      'AuditLog',
    ),
    handle: { access: { anyOf: ['audit.read'] }, nav: { labelKey: 'shell.nav.auditLog', order: 90 } },
  },
  // "Onze voortgang": the organisation's own work on the afwegingskader. The public link
  // "Afwegingskader" (/kader) is the guide itself; the two names keep them apart.
  {
    path: 'organisatie/afwegingskader',
    lazy: page(() => import('../features/roadmap/components/roadmap-page.tsx'), 'RoadmapPage'),
    handle: { access: roadmapRead, nav: { labelKey: 'shell.nav.roadmap', order: 20 } },
  },
  {
    path: 'organisatie/afwegingskader/stap/:number',
    lazy: page(() => import('../features/roadmap/components/roadmap-step-page.tsx'), 'RoadmapStepPage'),
    handle: { access: roadmapRead },
  },
  {
    path: 'organisatie/afwegingskader/beleid',
    lazy: page(() => import('../features/roadmap/components/policy-board-page.tsx'), 'PolicyBoardPage'),
    handle: { access: roadmapRead },
  },
  {
    path: 'organisatie/afwegingskader/nieuwe-versie',
    lazy: page(
      () => import('../features/roadmap/components/framework-adoption-page.tsx'),
      'FrameworkAdoptionPage',
    ),
    handle: { access: roadmapRead },
  },
  {
    path: 'organisatie/afwegingskader/geschiedenis',
    lazy: page(() => import('../features/roadmap/components/roadmap-history-page.tsx'), 'RoadmapHistoryPage'),
    handle: { access: roadmapRead },
  },
  {
    path: 'organisatie/monitor',
    lazy: page(() => import('../features/monitor/components/monitor-page.tsx'), 'MonitorPage'),
    handle: { access: monitorRead, nav: { labelKey: 'shell.nav.monitor', order: 25 } },
  },
  {
    path: 'organisatie/monitor/:roundId',
    lazy: page(() => import('../features/monitor/components/round-page.tsx'), 'RoundPage'),
    handle: { access: monitorRead },
  },
  {
    path: 'organisatie/metingen',
    lazy: memberPage(
      { titleKey: 'measurement.waves.title' },
      () => import('../features/measurement/components/waves-page.tsx'),
      'Waves',
    ),
    handle: { access: measurementRead, nav: { labelKey: 'shell.nav.measurement', order: 30 } },
  },
  {
    path: 'organisatie/metingen/gesprekken',
    lazy: memberPage(
      { titleKey: 'measurement.notes.title' },
      () => import('../features/measurement/components/notes-page.tsx'),
      'NotesContent',
    ),
    handle: { access: measurementManage },
  },
  {
    path: 'organisatie/vergelijken',
    lazy: memberPage(
      { titleKey: 'benchmark.compare.title' },
      () => import('../features/network/components/compare-page.tsx'),
      'CompareTables',
    ),
    handle: { access: { anyOf: ['network.compare'] }, nav: { labelKey: 'shell.nav.compare', order: 70 } },
  },
  {
    path: 'organisatie/kennisnetwerk',
    lazy: memberPage(
      { titleKey: 'knowledgeNetwork.title', introKey: 'knowledgeNetwork.intro' },
      () => import('../features/knowledge-network/components/knowledge-network-page.tsx'),
      'KnowledgeNetwork',
    ),
    handle: {
      access: { anyOf: ['knowledgeNetwork.read'] },
      nav: { labelKey: 'shell.nav.knowledgeNetwork', order: 75 },
    },
  },
  {
    path: 'organisatie/rapporten',
    lazy: memberPage(
      { titleKey: 'benchmark.reports.title' },
      () => import('../features/reports/components/reports-page.tsx'),
      'Reports',
    ),
    handle: { access: { anyOf: ['reports.read'] }, nav: { labelKey: 'shell.nav.reports', order: 80 } },
  },
  {
    path: 'organisatie/metingen/:waveId',
    lazy: page(() => import('../features/measurement/components/wave-page.tsx'), 'WavePage'),
    handle: { access: measurementManage },
  },
  {
    path: 'organisatie/metingen/:waveId/uitslagen',
    lazy: memberPage(
      { titleKey: 'measurement.results.title' },
      () => import('../features/measurement/components/results-page.tsx'),
      'ResultsContent',
    ),
    handle: { access: measurementRead },
  },
  {
    path: 'organisatie/metingen/:waveId/vragen',
    lazy: memberPage(
      { titleKey: 'measurement.items.title' },
      () => import('../features/measurement/components/item-results-page.tsx'),
      'ItemResultsContent',
    ),
    handle: { access: measurementRead },
  },
  {
    path: 'organisatie/terugkoppeling',
    lazy: memberPage(
      { titleKey: 'measurement.feedback.listTitle', introKey: 'measurement.feedback.listIntro' },
      () => import('../features/measurement/components/feedback-list-page.tsx'),
      'FeedbackList',
    ),
    handle: { access: organisationRead, nav: { labelKey: 'shell.nav.feedback', order: 35 } },
  },
  {
    path: 'organisatie/terugkoppeling/:waveId',
    lazy: memberPage(
      { titleKey: 'measurement.feedback.title' },
      () => import('../features/measurement/components/feedback-page.tsx'),
      'FeedbackContent',
    ),
    handle: { access: organisationRead },
  },
  // The registry for those who run it; the coverage for everyone else (aggregates only). An
  // expert finds their own record from the coverage page's link and from "Mijn registratie".
  {
    path: 'organisatie/register',
    lazy: memberPage(
      { titleKey: 'registry.list.title' },
      () => import('../features/registry/components/register-page.tsx'),
      'Register',
    ),
    handle: {
      access: registryManage,
      nav: { labelKey: 'shell.nav.registry', order: 40, group: 'registry' },
    },
  },
  {
    path: 'organisatie/register/dekking',
    lazy: memberPage(
      { titleKey: 'registry.coverage.title' },
      () => import('../features/registry/components/coverage-page.tsx'),
      'CoverageView',
    ),
    handle: {
      access: registryOverview,
      nav: { labelKey: 'shell.nav.registry', order: 41, group: 'registry' },
    },
  },
  {
    path: 'organisatie/register/signalen',
    lazy: memberPage(
      { titleKey: 'registry.signals.title' },
      () => import('../features/registry/components/signals-page.tsx'),
      'Signals',
    ),
    handle: { access: registryManage },
  },
  {
    path: 'organisatie/register/formatieplan',
    lazy: memberPage(
      { titleKey: 'registry.formation.title' },
      () => import('../features/registry/components/formation-page.tsx'),
      'Formation',
    ),
    handle: { access: registryManage },
  },
  {
    path: 'organisatie/register/importeren',
    lazy: memberPage(
      { titleKey: 'registry.import.title' },
      () => import('../features/registry/components/import-page.tsx'),
      'ImportForm',
    ),
    handle: { access: registryManage },
  },
  {
    path: 'organisatie/register/mijn',
    lazy: memberPage(
      { titleKey: 'registry.person.myTitle' },
      () => import('../features/registry/components/person-page.tsx'),
      'MyRecord',
    ),
    handle: {
      access: registryPerson,
      nav: { labelKey: 'shell.nav.myRecord', order: 60, access: { role: 'expert' } },
    },
  },
  {
    path: 'organisatie/intervisie',
    lazy: memberPage(
      { titleKey: 'intervision.title' },
      () => import('../features/intervision/components/intervision-page.tsx'),
      'Sessions',
    ),
    handle: { access: intervisionManage, nav: { labelKey: 'shell.nav.intervision', order: 45 } },
  },
  {
    path: 'organisatie/intervisie/:sessionId',
    lazy: memberPage(
      { titleKey: 'intervision.session.title' },
      () => import('../features/intervision/components/session-page.tsx'),
      'Session',
    ),
    handle: { access: intervisionManage },
  },
  {
    path: 'organisatie/dagboek',
    lazy: memberPage(
      { titleKey: 'journal.title' },
      () => import('../features/journal/components/journal-page.tsx'),
      'Journal',
    ),
    handle: { access: journalOwn, nav: { labelKey: 'shell.nav.journal', order: 65 } },
  },
  {
    path: 'organisatie/register/:personId',
    lazy: memberPage(
      { titleKey: 'registry.person.title' },
      () => import('../features/registry/components/person-page.tsx'),
      'Person',
    ),
    handle: { access: registryPerson },
  },
  {
    path: 'organisatie/activiteiten',
    lazy: memberPage(
      { titleKey: 'registry.activities.title' },
      () => import('../features/registry/components/activities-page.tsx'),
      'Activities',
    ),
    handle: { access: registryOverview, nav: { labelKey: 'shell.nav.activities', order: 50 } },
  },
  // The questionnaire (/vragenlijst) is a page of its own (src/respond/): a full page load.
  {
    path: 'netwerk',
    lazy: signedInPage(
      { titleKey: 'network.title' },
      () => import('../features/network/components/network-page.tsx'),
      'NetworkAdmin',
    ),
    handle: { access: { networkAdmin: true }, nav: { labelKey: 'shell.nav.network', order: 100 } },
  },
  {
    path: 'netwerk/inhoud',
    lazy: signedInPage(
      { titleKey: 'content.title' },
      () => import('../features/framework/components/content-page.tsx'),
      'Content',
    ),
    handle: { access: { networkAdmin: true }, nav: { labelKey: 'shell.nav.content', order: 105 } },
  },
  {
    path: 'netwerk/inhoud/:draftId',
    lazy: page(() => import('../features/framework/components/draft-page.tsx'), 'DraftPage'),
    handle: { access: { networkAdmin: true } },
  },
  {
    path: 'netwerk/links',
    lazy: signedInPage(
      { titleKey: 'knowledgeNetwork.links.pageTitle', introKey: 'knowledgeNetwork.links.intro' },
      () => import('../features/knowledge-network/components/links-page.tsx'),
      'LinksLibrary',
    ),
    handle: { access: { networkAdmin: true }, nav: { labelKey: 'shell.nav.networkLinks', order: 101 } },
  },
  { path: '*', element: <NotFoundPage /> },
];
