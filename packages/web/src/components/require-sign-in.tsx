import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homePathFor, type SessionState, useSession } from '../lib/session.ts';
import { QueryState } from './query-state.tsx';

/**
 * Shows its content only to a signed-in person whom `allow` lets in. Everyone else gets a short
 * message with the next step (sign in, finish signing in) under the page's own heading.
 */
export function RequireSignIn({
  allow = () => true,
  children,
}: {
  allow?: (session: SessionState) => boolean;
  children: (session: SessionState) => ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <QueryState query={session}>
      {(data) => {
        if (data.state === 'anonymous') {
          return (
            <div className="notice">
              <p>{t('access.signInFirst')}</p>
              <p>
                <Link to="/inloggen">{t('access.signInLink')}</Link>
              </p>
            </div>
          );
        }
        if (data.state === 'needsTwoFactor') {
          return (
            <div className="notice">
              <p>{t('access.finishSignIn')}</p>
              <p>
                <Link to="/inloggen">{t('access.finishSignInLink')}</Link>
              </p>
            </div>
          );
        }
        if (data.state === 'needsTwoFactorSetup') {
          return (
            <div className="notice">
              <p>{t('access.setUpTwoFactor')}</p>
              <p>
                <Link to="/tweestapsverificatie">{t('access.setUpTwoFactorLink')}</Link>
              </p>
            </div>
          );
        }
        if (!allow(data)) {
          return (
            <div className="notice">
              <p>{t('access.notAllowed')}</p>
              <p>
                <Link to={homePathFor(data)}>{t('access.notAllowedLink')}</Link>
              </p>
            </div>
          );
        }
        return children(data);
      }}
    </QueryState>
  );
}
