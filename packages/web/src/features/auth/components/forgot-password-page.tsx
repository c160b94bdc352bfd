import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { checkFields, type FormProblem, toFormProblem } from '../../../lib/form-problem.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';

/** Asks for a link to choose a new password. The answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const fields = { email: { id: 'reset-email', label: t('forgotPassword.email') } };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    const found = checkFields({ email: !email && t('form.errors.emailRequired') }, t('form.checkFields'));
    setProblem(found);
    if (found) return;
    request.mutate(email, {
      onError: (error) => setProblem(toFormProblem(error, t('common.networkError'))),
    });
  };

  return (
    <>
      <PageHeading title={t('forgotPassword.title')}>{t('forgotPassword.title')}</PageHeading>
      {request.isSuccess ? (
        <>
          <SuccessMessage focusKey>
            <p>{t('forgotPassword.sent')}</p>
            <p>{t('forgotPassword.sentSpam')}</p>
          </SuccessMessage>
          <p>
            <Link to="/inloggen">{t('forgotPassword.backToSignIn')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <form className="form" noValidate onSubmit={onSubmit}>
            <ErrorSummary problem={problem} fields={fields} />
            <TextField
              id={fields.email.id}
              name="email"
              type="email"
              label={fields.email.label}
              autoComplete="email"
              spellCheck={false}
              autoCapitalize="none"
              required
              error={problem?.fields.email}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary">
                {t('forgotPassword.submit')}
              </button>
            </div>
          </form>
          <p>
            <Link to="/inloggen">{t('forgotPassword.backToSignIn')}</Link>
          </p>
        </>
      )}
    </>
  );
}
