import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../components/button.tsx';
import { useSignOut } from '../features/auth/api/sign-out.ts';
import type { SignedOutState } from '../features/auth/components/sign-in-page.tsx';
import type { SessionState } from '../lib/session.ts';

/** The signed-in person's name and the sign-out button, in the header. */
export function SessionMenu({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [failed, setFailed] = useState(false);
  if (session.state !== 'signedIn' || !session.user) return null;

  const onSignOut = () => {
    if (signOut.isPending) return;
    setFailed(false);
    signOut.mutateAsync().then(
      () => navigate('/inloggen', { state: { signedOut: 'here' } satisfies SignedOutState }),
      () => setFailed(true),
    );
  };

  return (
    <div className="site-header__user">
      <span className="site-header__person">{t('shell.signedInAs', { name: session.user.name })}</span>
      <Button variant="subtle" onClick={onSignOut}>
        {t('shell.signOut')}
      </Button>
      {failed && (
        <span className="site-header__error" role="alert">
          {t('shell.signOutFailed')}
        </span>
      )}
    </div>
  );
}
