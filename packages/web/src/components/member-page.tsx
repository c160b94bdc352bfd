import type { ReactNode } from 'react';
import type { Membership } from '../lib/session.ts';
import { PageHeading } from './page-heading.tsx';
import { RequireSignIn } from './require-sign-in.tsx';

/**
 * A page of the organisation's workspace: its heading, and its content for a member whom the route
 * table lets in. Everyone else sees the next step under the heading (see RequireSignIn).
 */
export function MemberPage({
  title,
  intro,
  children,
}: {
  title: string;
  /** Shown to everyone under the heading, also before signing in. */
  intro?: ReactNode;
  children: (membership: Membership) => ReactNode;
}) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {intro}
      <RequireSignIn>{(session) => (session.membership ? children(session.membership) : null)}</RequireSignIn>
    </>
  );
}
