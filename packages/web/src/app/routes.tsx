import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { HomePage } from '../features/pages/home-page.tsx';
import { NotFoundPage } from '../features/pages/not-found-page.tsx';
import { Layout } from './layout.tsx';

/**
 * A page loaded when it is first visited: each page is its own chunk, so that a respondent on a
 * phone loads the questionnaire, not the whole app. The router loads it before it shows the page.
 */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/**
 * The one route table. Paths are Dutch and neutral: nothing about the reader goes into a URL.
 * Tokens from e-mailed links arrive in the fragment and are removed from the address at once.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
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
        lazy: page(
          () => import('../features/auth/components/two-factor-setup-page.tsx'),
          'TwoFactorSetupPage',
        ),
      },
      {
        path: 'wachtwoord-vergeten',
        lazy: page(
          () => import('../features/auth/components/forgot-password-page.tsx'),
          'ForgotPasswordPage',
        ),
      },
      {
        path: 'wachtwoord-kiezen',
        lazy: page(
          () => import('../features/auth/components/choose-password-page.tsx'),
          'ChoosePasswordPage',
        ),
      },
      {
        path: 'uitnodiging',
        lazy: page(() => import('../features/invitations/components/invitation-page.tsx'), 'InvitationPage'),
      },
      {
        path: 'account',
        lazy: page(() => import('../features/auth/components/account-page.tsx'), 'AccountPage'),
      },
      {
        path: 'organisatie',
        lazy: page(
          () => import('../features/organisations/components/organisation-page.tsx'),
          'OrganisationPage',
        ),
      },
      {
        path: 'organisatie/start',
        lazy: page(() => import('../features/start/components/start-page.tsx'), 'StartPage'),
      },
      {
        path: 'organisatie/logboek',
        lazy: page(() => import('../features/audit/components/audit-log-page.tsx'), 'AuditLogPage'),
      },
      {
        path: 'organisatie/afwegingskader',
        lazy: page(() => import('../features/roadmap/components/roadmap-page.tsx'), 'RoadmapPage'),
      },
      {
        path: 'organisatie/afwegingskader/stap/:number',
        lazy: page(() => import('../features/roadmap/components/roadmap-step-page.tsx'), 'RoadmapStepPage'),
      },
      {
        path: 'organisatie/afwegingskader/beleid',
        lazy: page(() => import('../features/roadmap/components/policy-board-page.tsx'), 'PolicyBoardPage'),
      },
      {
        path: 'organisatie/afwegingskader/geschiedenis',
        lazy: page(
          () => import('../features/roadmap/components/roadmap-history-page.tsx'),
          'RoadmapHistoryPage',
        ),
      },
      {
        path: 'organisatie/metingen',
        lazy: page(() => import('../features/measurement/components/waves-page.tsx'), 'WavesPage'),
      },
      {
        path: 'organisatie/metingen/gesprekken',
        lazy: page(() => import('../features/measurement/components/notes-page.tsx'), 'NotesPage'),
      },
      {
        path: 'organisatie/vergelijken',
        lazy: page(() => import('../features/network/components/compare-page.tsx'), 'ComparePage'),
      },
      {
        path: 'organisatie/rapporten',
        lazy: page(() => import('../features/network/components/reports-page.tsx'), 'ReportsPage'),
      },
      {
        path: 'organisatie/metingen/:waveId',
        lazy: page(() => import('../features/measurement/components/wave-page.tsx'), 'WavePage'),
      },
      {
        path: 'organisatie/metingen/:waveId/uitslagen',
        lazy: page(() => import('../features/measurement/components/results-page.tsx'), 'ResultsPage'),
      },
      {
        path: 'organisatie/register',
        lazy: page(() => import('../features/registry/components/register-page.tsx'), 'RegisterPage'),
      },
      {
        path: 'organisatie/register/dekking',
        lazy: page(() => import('../features/registry/components/coverage-page.tsx'), 'CoveragePage'),
      },
      {
        path: 'organisatie/register/signalen',
        lazy: page(() => import('../features/registry/components/signals-page.tsx'), 'SignalsPage'),
      },
      {
        path: 'organisatie/register/importeren',
        lazy: page(() => import('../features/registry/components/import-page.tsx'), 'ImportPage'),
      },
      {
        path: 'organisatie/register/mijn',
        lazy: page(() => import('../features/registry/components/person-page.tsx'), 'MyRecordPage'),
      },
      {
        path: 'organisatie/register/:personId',
        lazy: page(() => import('../features/registry/components/person-page.tsx'), 'PersonPage'),
      },
      {
        path: 'organisatie/activiteiten',
        lazy: page(() => import('../features/registry/components/activities-page.tsx'), 'ActivitiesPage'),
      },
      // The questionnaire (/vragenlijst) is a page of its own (src/respond/): a full page load.
      {
        path: 'netwerk',
        lazy: page(() => import('../features/network/components/network-page.tsx'), 'NetworkPage'),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
