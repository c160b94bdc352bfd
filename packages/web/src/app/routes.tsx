import type { RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { pages } from './pages.tsx';

/** The page shell around every page of the route table (app/pages.tsx). */
export const routes: RouteObject[] = [{ element: <Layout />, children: pages }];
