import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { NumberField } from '../../../components/form-field.tsx';
import { NextStepNotice } from '../../../components/next-step-notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { homePathFor, type SessionState, useSession } from '../../../lib/session.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useEnableTwoFactor } from '../api/enable-two-factor.ts';
import { useStartTwoFactorSetup } from '../api/start-two-factor-setup.ts';

/** "ABCD EFGH …": easier to copy into an app by hand than one long string. */
export function groupSecret(secret: string) {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Setting up two-step verification: an authenticator app scans a QR code (or takes the key typed
 * in), a first code turns it on, and the recovery codes are shown once.
 */
export function TwoFactorSetupPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  return (
    <>
      <PageHeading title={t('twoFactor.title')} />
      <QueryState query={session}>
        {(data) => {
          if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} next={homePathFor(data)} />;
          if (data.state === 'anonymous') {
            return (
              <NextStepNotice
                message={t('access.signInFirst')}
                to="/inloggen"
                link={t('access.signInLink')}
              />
            );
          }
          if (data.state === 'needsTwoFactor' || data.user?.hasTwoFactor) {
            return (
              <NextStepNotice
                message={t('twoFactor.alreadyOn')}
                to={homePathFor(data)}
                link={t('twoFactor.continue')}
              />
            );
          }
          return <SetupSteps session={data} onEnabled={setRecoveryCodes} />;
        }}
      </QueryState>
    </>
  );
}

function SetupSteps({ session, onEnabled }: { session: SessionState; onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const start = useStartTwoFactorSetup();
  const enable = useEnableTwoFactor();
  const { problem, setProblem, fail, check } = useFormFeedback();
  const scanHeading = useFocusWhen<HTMLHeadingElement>(start.data);
  const codeField = { id: 'two-factor-code', label: t('twoFactor.code') };

  const onStart = () => {
    if (start.isPending) return;
    setProblem(null);
    start.mutate(undefined, {
      onError: (error) => fail(error),
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (enable.isPending) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s+/g, '');
    if (!check({ code: !/^\d{6}$/.test(code) && t('form.errors.codeInvalid') })) return;
    // A promise, not mutate's callbacks: the new session unmounts this form before they would run.
    enable.mutateAsync(code).then(
      ({ recoveryCodes }) => onEnabled(recoveryCodes),
      (error) => fail(error),
    );
  };

  return (
    <>
      <p className="lead">{t('twoFactor.intro')}</p>
      {session.user?.twoFactorRequired && <p>{t('twoFactor.required')}</p>}

      <h2>{t('twoFactor.appTitle')}</h2>
      <p>{t('twoFactor.app')}</p>

      {!start.data && (
        <>
          <ErrorSummary problem={problem} />
          <p>
            <Button variant="primary" onClick={onStart}>
              {t('twoFactor.showQr')}
            </Button>
          </p>
        </>
      )}

      {start.data && (
        <>
          <h2 ref={scanHeading} tabIndex={-1}>
            {t('twoFactor.scanTitle')}
          </h2>
          <p>{t('twoFactor.scan')}</p>
          <img
            className="qr-code"
            src={start.data.qrCode}
            alt={t('twoFactor.qrAlt')}
            width="200"
            height="200"
          />
          <p>{t('twoFactor.manual')}</p>
          <p>
            <code className="secret">{groupSecret(start.data.secret)}</code>
          </p>

          <h2>{t('twoFactor.codeTitle')}</h2>
          <form className="form" noValidate onSubmit={onSubmit}>
            <ErrorSummary problem={problem} fields={{ code: codeField }} />
            <NumberField
              id={codeField.id}
              name="code"
              label={codeField.label}
              hint={t('twoFactor.codeHint')}
              autoComplete="one-time-code"
              spellCheck={false}
              required
              error={problem?.fields.code}
            />
            <FormActions label={t('twoFactor.enable')} />
          </form>
        </>
      )}
    </>
  );
}

function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  const { t } = useTranslation();
  const heading = useFocusWhen<HTMLHeadingElement>(true);
  return (
    <section aria-labelledby="recovery-codes-title">
      <SuccessMessage>
        <p>{t('twoFactor.enabled')}</p>
      </SuccessMessage>
      <h2 id="recovery-codes-title" ref={heading} tabIndex={-1}>
        {t('twoFactor.recoveryTitle')}
      </h2>
      <p>{t('twoFactor.recoveryIntro')}</p>
      <ul>
        <li>{t('twoFactor.recoveryAdvice.write')}</li>
        <li>{t('twoFactor.recoveryAdvice.safe')}</li>
        <li>{t('twoFactor.recoveryAdvice.once')}</li>
      </ul>
      <ol className="recovery-codes" aria-label={t('twoFactor.recoveryListLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <Link className="button button--primary" to={next}>
          {t('twoFactor.stored')}
        </Link>
      </p>
    </section>
  );
}
