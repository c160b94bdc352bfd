import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { EmailField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { fieldProps } from '../../../lib/use-field-values.ts';
import { useFormMutation } from '../../../lib/use-form-mutation.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';

/** Asks for a link to choose a new password. The answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useFormMutation(request);
  const fields = { email: { id: 'reset-email', label: t('forgotPassword.email') } };
  const field = fieldProps(fields, form.problem);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    if (!form.check({ email: !email && t('form.errors.emailRequired') })) return;
    form.submit(email);
  };

  return (
    <>
      <PageHeading title={t('forgotPassword.title')} />
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
            <ErrorSummary problem={form.problem} fields={fields} />
            <EmailField {...field('email')} />
            <FormActions label={t('forgotPassword.submit')} />
          </form>
          <p>
            <Link to="/inloggen">{t('forgotPassword.backToSignIn')}</Link>
          </p>
        </>
      )}
    </>
  );
}
