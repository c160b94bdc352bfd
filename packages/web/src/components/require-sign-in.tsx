import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';
import { type Access, allows } from '../lib/access.ts';
import { homePathFor, type SessionState, useSession } from '../lib/session.ts';
import { NextStepNotice } from './next-step-notice.tsx';
import { QueryState } from './query-state.tsx';

/** The access the route table (app/pages.tsx) gives the page shown now, if any. */
export function useRouteAccess(): Access | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const access = (matches[i]?.handle as { access?: Access } | undefined)?.access;
    if (access) return access;
  }
  return undefined;
}

/**
 * Shows its content only to a signed-in person whom the page's route lets in (its `access` in
 * the route table), or whom `allow` lets in where it is given. Everyone else gets a short message
 * with the next step (sign in, finish signing in) under the page's own heading.
 */
export function RequireSignIn({
  allow,
  children,
}: {
  allow?: (session: SessionState) => boolean;
  children: (session: SessionState) => ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const access = useRouteAccess();
  const allowed = (data: SessionState) => (allow ? allow(data) : !access || allows(data, access));
  const nextStep = (data: SessionState) => {
    if (data.state === 'anonymous')
      return { message: t('access.signInFirst'), to: '/inloggen', link: t('access.signInLink') };
    if (data.state === 'needsTwoFactor')
      return { message: t('access.finishSignIn'), to: '/inloggen', link: t('access.finishSignInLink') };
    if (data.state === 'needsTwoFactorSetup')
      return {
        message: t('access.setUpTwoFactor'),
        to: '/tweestapsverificatie',
        link: t('access.setUpTwoFactorLink'),
      };
    if (!allowed(data))
      return { message: t('access.notAllowed'), to: homePathFor(data), link: t('access.notAllowedLink') };
    return null;
  };
  return (
    <QueryState query={session}>
      {(data) => {
        const step = nextStep(data);
        return step ? <NextStepNotice {...step} /> : children(data);
      }}
    </QueryState>
  );
}

/** Whether a session may open the page shown now, by the route table's access (for queries to start early). */
export function useRouteAllows() {
  const access = useRouteAccess();
  return (session: SessionState) => !access || allows(session, access);
}
