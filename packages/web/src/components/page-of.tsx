import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership, SessionState } from '../lib/session.ts';
import { PageHeading } from './page-heading.tsx';
import { RequireSignIn } from './require-sign-in.tsx';

/** A page's heading and lead paragraph, named in the route table (i18n keys). */
export type PageHeadingKeys = {
  titleKey: string;
  /** A lead paragraph under the heading, shown to everyone, also before signing in. */
  introKey?: string;
};

/** The content of a page for anyone signed in: what they see under the heading. */
export type SignedInContent = ComponentType<{ session: SessionState }>;

/** The content of a workspace page: what a member of the organisation sees under the heading. */
export type MemberContent = ComponentType<{ membership: Membership }>;

/**
 * A page for someone signed in whom the route table lets in: its heading, and its content with the
 * session. Everyone else sees the next step under the heading (see RequireSignIn).
 */
export function signedInPageOf(Content: SignedInContent, { titleKey, introKey }: PageHeadingKeys) {
  return function Page() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeading title={t(titleKey)} />
        {introKey && <p className="lead">{t(introKey)}</p>}
        <RequireSignIn>{(session) => <Content session={session} />}</RequireSignIn>
      </>
    );
  };
}

/** A page of the organisation's workspace: as signedInPageOf, its content for a member. */
export function memberPageOf(Content: MemberContent, heading: PageHeadingKeys) {
  return signedInPageOf(
    ({ session }) => (session.membership ? <Content membership={session.membership} /> : null),
    heading,
  );
}
