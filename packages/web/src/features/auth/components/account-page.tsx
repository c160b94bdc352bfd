import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { Section } from '../../../components/section.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import type { SessionState } from '../../../lib/session.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useSignOutEverywhere } from '../api/sign-out-everywhere.ts';
import { ChangePasswordForm, RenewRecoveryCodes } from './account-security.tsx';
import type { SignedOutState } from './sign-in-page.tsx';

/** The signed-in person's own account: who they are here, and signing out everywhere. */
export function AccountDetails({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOutEverywhere = useSignOutEverywhere();
  const { problem, setProblem, fail } = useFormFeedback();
  const { user, membership } = session;
  if (!user) return null;
  const role = membership
    ? t(`roles.${membership.role}`)
    : user.isNetworkAdmin
      ? t('roles.network_admin')
      : null;

  const onSignOutEverywhere = () => {
    if (signOutEverywhere.isPending) return;
    setProblem(null);
    // A promise, not mutate's callbacks: this component unmounts as soon as the session is gone.
    signOutEverywhere.mutateAsync().then(
      () =>
        navigate('/inloggen', { replace: true, state: { signedOut: 'everywhere' } satisfies SignedOutState }),
      (error) => fail(error),
    );
  };

  return (
    <>
      <dl className="summary-list">
        <SummaryRow label={t('account.name')}>{user.name}</SummaryRow>
        <SummaryRow label={t('account.email')}>{user.email}</SummaryRow>
        {role && <SummaryRow label={t('account.role')}>{role}</SummaryRow>}
        {membership && (
          <SummaryRow label={t('account.organisation')}>{membership.organisationName}</SummaryRow>
        )}
        <SummaryRow label={t('account.twoFactor')}>
          {user.hasTwoFactor ? t('account.twoFactorOn') : t('account.twoFactorOff')}
          {!user.hasTwoFactor && (
            <>
              {' '}
              <Link to="/tweestapsverificatie">{t('account.twoFactorTurnOn')}</Link>
            </>
          )}
        </SummaryRow>
      </dl>

      <Section id="password-title" title={t('account.passwordTitle')}>
        <p>{t('account.password')}</p>
        <ChangePasswordForm hasTwoFactor={user.hasTwoFactor} />
        <p>
          {t('account.passwordForgotten')} <Link to="/wachtwoord-vergeten">{t('account.passwordLink')}</Link>
        </p>
      </Section>

      {user.hasTwoFactor && (
        <Section id="recovery-title" title={t('account.recovery.title')}>
          <p>{t('account.recovery.intro')}</p>
          <RenewRecoveryCodes />
        </Section>
      )}

      <Section id="everywhere-title" title={t('account.everywhereTitle')}>
        <p>{t('account.everywhere')}</p>
        <ErrorSummary problem={problem} />
        <p>
          <Button variant="primary" onClick={onSignOutEverywhere}>
            {t('account.everywhereButton')}
          </Button>
        </p>
      </Section>
    </>
  );
}
