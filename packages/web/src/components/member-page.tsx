import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../lib/session.ts';
import { PageHeading } from './page-heading.tsx';
import { RequireSignIn } from './require-sign-in.tsx';

/**
 * A page of the organisation's workspace: its heading, and its content for a member whom the route
 * table lets in. Everyone else sees the next step under the heading (see RequireSignIn).
 */
export function MemberPage({
  titleKey,
  introKey,
  children,
}: {
  titleKey: string;
  /** A lead paragraph under the heading, shown to everyone, also before signing in. */
  introKey?: string;
  children: (membership: Membership) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t(titleKey)} />
      {introKey && <p className="lead">{t(introKey)}</p>}
      <RequireSignIn>{(session) => (session.membership ? children(session.membership) : null)}</RequireSignIn>
    </>
  );
}

/** The content of a workspace page: what a member sees under the heading the route table gives it. */
export type MemberContent = ComponentType<{ membership: Membership }>;

/** A workspace page made of its heading and intro (from the route table) and its content. */
export function memberPageOf(
  Content: MemberContent,
  { titleKey, introKey }: { titleKey: string; introKey?: string },
) {
  return function Page() {
    return (
      <MemberPage titleKey={titleKey} introKey={introKey}>
        {(membership) => <Content membership={membership} />}
      </MemberPage>
    );
  };
}
