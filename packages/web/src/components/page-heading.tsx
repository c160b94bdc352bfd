import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title.ts';

/**
 * The page's one h1 (the title, unless `children` says more), which also sets the document title.
 * It takes focus after a navigation (see layout.tsx) so that screen reader users hear where they landed.
 */
export function PageHeading({ children, title }: { children?: ReactNode; title: string }) {
  usePageTitle(title);
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
