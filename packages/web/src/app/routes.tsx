import type { RouteObject } from 'react-router';
import type { RouteHandle } from '../components/language-switch.tsx';
import { AuditLogPage } from '../features/audit/components/audit-log-page.tsx';
import { AccountPage } from '../features/auth/components/account-page.tsx';
import { ChoosePasswordPage } from '../features/auth/components/choose-password-page.tsx';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page.tsx';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { TwoFactorSetupPage } from '../features/auth/components/two-factor-setup-page.tsx';
import { FrameworkOverviewPage } from '../features/framework/components/framework-overview-page.tsx';
import { StepPage } from '../features/framework/components/step-page.tsx';
import { InvitationPage } from '../features/invitations/components/invitation-page.tsx';
import { NotesPage } from '../features/measurement/components/notes-page.tsx';
import { RespondPage } from '../features/measurement/components/respond-page.tsx';
import { ResultsPage } from '../features/measurement/components/results-page.tsx';
import { WavePage } from '../features/measurement/components/wave-page.tsx';
import { WavesPage } from '../features/measurement/components/waves-page.tsx';
import { ComparePage } from '../features/network/components/compare-page.tsx';
import { NetworkPage } from '../features/network/components/network-page.tsx';
import { ReportsPage } from '../features/network/components/reports-page.tsx';
import { OrganisationPage } from '../features/organisations/components/organisation-page.tsx';
import { AccessibilityPage } from '../features/pages/accessibility-page.tsx';
import { HomePage } from '../features/pages/home-page.tsx';
import { NotFoundPage } from '../features/pages/not-found-page.tsx';
import { SafeBrowsingPage } from '../features/pages/safe-browsing-page.tsx';
import { ActivitiesPage } from '../features/registry/components/activities-page.tsx';
import { CoveragePage } from '../features/registry/components/coverage-page.tsx';
import { ImportPage } from '../features/registry/components/import-page.tsx';
import { MyRecordPage, PersonPage } from '../features/registry/components/person-page.tsx';
import { RegisterPage } from '../features/registry/components/register-page.tsx';
import { SignalsPage } from '../features/registry/components/signals-page.tsx';
import { PolicyBoardPage } from '../features/roadmap/components/policy-board-page.tsx';
import { RoadmapHistoryPage } from '../features/roadmap/components/roadmap-history-page.tsx';
import { RoadmapPage } from '../features/roadmap/components/roadmap-page.tsx';
import { RoadmapStepPage } from '../features/roadmap/components/roadmap-step-page.tsx';
import { Layout } from './layout.tsx';

/**
 * The one route table. Paths are Dutch and neutral: nothing about the reader goes into a URL.
 * Tokens from e-mailed links arrive in the fragment and are removed from the address at once.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'kader', element: <FrameworkOverviewPage /> },
      { path: 'kader/stap/:number', element: <StepPage /> },
      { path: 'toegankelijkheid', element: <AccessibilityPage /> },
      { path: 'veilig-internetten', element: <SafeBrowsingPage /> },
      { path: 'inloggen', element: <SignInPage /> },
      { path: 'tweestapsverificatie', element: <TwoFactorSetupPage /> },
      { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: 'wachtwoord-kiezen', element: <ChoosePasswordPage /> },
      { path: 'uitnodiging', element: <InvitationPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'organisatie', element: <OrganisationPage /> },
      { path: 'organisatie/logboek', element: <AuditLogPage /> },
      { path: 'organisatie/afwegingskader', element: <RoadmapPage /> },
      { path: 'organisatie/afwegingskader/stap/:number', element: <RoadmapStepPage /> },
      { path: 'organisatie/afwegingskader/beleid', element: <PolicyBoardPage /> },
      { path: 'organisatie/afwegingskader/geschiedenis', element: <RoadmapHistoryPage /> },
      { path: 'organisatie/metingen', element: <WavesPage /> },
      { path: 'organisatie/metingen/gesprekken', element: <NotesPage /> },
      { path: 'organisatie/vergelijken', element: <ComparePage /> },
      { path: 'organisatie/rapporten', element: <ReportsPage /> },
      { path: 'organisatie/metingen/:waveId', element: <WavePage /> },
      { path: 'organisatie/metingen/:waveId/uitslagen', element: <ResultsPage /> },
      { path: 'organisatie/register', element: <RegisterPage /> },
      { path: 'organisatie/register/dekking', element: <CoveragePage /> },
      { path: 'organisatie/register/signalen', element: <SignalsPage /> },
      { path: 'organisatie/register/importeren', element: <ImportPage /> },
      { path: 'organisatie/register/mijn', element: <MyRecordPage /> },
      { path: 'organisatie/register/:personId', element: <PersonPage /> },
      { path: 'organisatie/activiteiten', element: <ActivitiesPage /> },
      // Respondents have no account: the questionnaire leaves no cookie, not even for the language.
      {
        path: 'vragenlijst',
        element: <RespondPage />,
        handle: { keepsNothing: true } satisfies RouteHandle,
      },
      { path: 'netwerk', element: <NetworkPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
