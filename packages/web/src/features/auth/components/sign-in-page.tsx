import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { EmailField, TextField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { homePathFor, useSession } from '../../../lib/session.ts';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useSignIn } from '../api/sign-in.ts';
import { useSignInWithRecoveryCode } from '../api/sign-in-with-recovery-code.ts';
import { useSignOut } from '../api/sign-out.ts';
import { useVerifyTwoFactor } from '../api/verify-two-factor.ts';

/** What the sign-out buttons pass along in the router's state (never in the URL). */
export type SignedOutState = { signedOut?: 'here' | 'everywhere' };

/**
 * Signing in: e-mail and password, then, on the same page, the code from the authenticator app or
 * a recovery code. A signed-in person goes straight on to their start page.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { state } = useLocation();
  const signedOut = (state as SignedOutState | null)?.signedOut;
  // The code step takes focus only when it follows the password step here, not on a fresh load.
  const passwordStepShown = useRef(false);
  return (
    <>
      <PageHeading title={t('signIn.title')} />
      <QueryState query={session}>
        {(data) => {
          if (data.state === 'signedIn' || data.state === 'needsTwoFactorSetup') {
            return <Navigate to={homePathFor(data)} replace />;
          }
          if (data.state === 'needsTwoFactor') {
            return <SecondFactorStep focusFirst={passwordStepShown.current} />;
          }
          passwordStepShown.current = true;
          return <PasswordStep signedOut={signedOut} />;
        }}
      </QueryState>
    </>
  );
}

function PasswordStep({ signedOut }: { signedOut: SignedOutState['signedOut'] }) {
  const { t } = useTranslation();
  const form = useBrowserForm(useSignIn(), {
    email: { id: 'sign-in-email', label: t('signIn.email') },
    password: { id: 'sign-in-password', label: t('signIn.password'), exact: true },
  });
  const { field } = form;
  const onSubmit = form.onSubmit(({ email, password }) => {
    if (
      !form.check({
        email: !email && t('form.errors.emailRequired'),
        password: !password && t('form.errors.passwordRequired'),
      })
    )
      return;
    form.submit({ email, password });
  });

  return (
    <>
      {signedOut && (
        <SuccessMessage>
          <p>{t(signedOut === 'everywhere' ? 'signIn.signedOutEverywhere' : 'signIn.signedOut')}</p>
        </SuccessMessage>
      )}
      <p>{t('signIn.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary problem={form.problem} fields={form.fields} />
        <EmailField {...field('email')} />
        <TextField {...field('password')} type="password" autoComplete="current-password" required />
        <FormActions label={t('signIn.submit')}>
          <Busy when={form.pending} />
        </FormActions>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">{t('signIn.forgotPassword')}</Link>
      </p>
    </>
  );
}

/** A polite "busy" note while a request is under way. */
function Busy({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="muted" role="status">
      {when ? t('common.busy') : ''}
    </span>
  );
}

function SecondFactorStep({ focusFirst }: { focusFirst: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'app' | 'recovery'>('app');
  const { problem, setProblem, fail, check } = useFormFeedback();
  const verify = useVerifyTwoFactor();
  const recover = useSignInWithRecoveryCode();
  const signOut = useSignOut();
  // Focus the code field when this step follows the password step, and after each switch.
  const [focusRequest, setFocusRequest] = useState(focusFirst ? 1 : 0);
  const codeInput = useFocusWhen<HTMLInputElement>(focusRequest);

  const isRecovery = mode === 'recovery';
  const field = isRecovery
    ? { id: 'sign-in-recovery-code', label: t('signIn.recoveryCode') }
    : { id: 'sign-in-code', label: t('signIn.code') };
  const pending = verify.isPending || recover.isPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const raw = String(new FormData(event.currentTarget).get('code') ?? '');
    const code = isRecovery ? raw.trim() : raw.replace(/\s+/g, '');
    if (
      !check({
        code: isRecovery
          ? !code && t('form.errors.recoveryCodeRequired')
          : !/^\d{6}$/.test(code) && t('form.errors.codeInvalid'),
      })
    )
      return;
    const onError = (error: Error) => fail(error);
    if (isRecovery) recover.mutate(code, { onError });
    else verify.mutate(code, { onError });
  };

  const switchMode = () => {
    setProblem(null);
    setMode(isRecovery ? 'app' : 'recovery');
    setFocusRequest((count) => count + 1);
  };

  return (
    <>
      <h2>{t(isRecovery ? 'signIn.recoveryTitle' : 'signIn.codeTitle')}</h2>
      <p>{t(isRecovery ? 'signIn.recoveryIntro' : 'signIn.codeIntro')}</p>
      <form className="form" noValidate onSubmit={onSubmit} key={mode}>
        <ErrorSummary problem={problem} fields={{ code: field }} />
        <TextField
          id={field.id}
          name="code"
          label={field.label}
          hint={t(isRecovery ? 'signIn.recoveryCodeHint' : 'signIn.codeHint')}
          autoComplete="one-time-code"
          inputMode={isRecovery ? 'text' : 'numeric'}
          spellCheck={false}
          autoCapitalize="none"
          className={isRecovery ? 'input--code' : 'input--short'}
          required
          inputRef={codeInput}
          error={problem?.fields.code}
        />
        <FormActions label={t('signIn.verify')}>
          <Busy when={pending} />
        </FormActions>
      </form>
      <p>
        <Button variant="link" onClick={switchMode}>
          {t(isRecovery ? 'signIn.useApp' : 'signIn.useRecoveryCode')}
        </Button>
      </p>
      <p>
        <Button variant="link" onClick={() => signOut.mutate()}>
          {t('signIn.startOver')}
        </Button>
      </p>
    </>
  );
}
