import type { RouteObject } from 'react-router';
import { FrameworkOverviewPage } from '../features/framework/components/framework-overview-page.tsx';
import { StepPage } from '../features/framework/components/step-page.tsx';
import { AccessibilityPage } from '../features/pages/accessibility-page.tsx';
import { HomePage } from '../features/pages/home-page.tsx';
import { NotFoundPage } from '../features/pages/not-found-page.tsx';
import { SafeBrowsingPage } from '../features/pages/safe-browsing-page.tsx';
import { Layout } from './layout.tsx';

/** The one route table. Paths are Dutch and neutral: nothing about the reader goes into a URL. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'kader', element: <FrameworkOverviewPage /> },
      { path: 'kader/stap/:number', element: <StepPage /> },
      { path: 'toegankelijkheid', element: <AccessibilityPage /> },
      { path: 'veilig-internetten', element: <SafeBrowsingPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
