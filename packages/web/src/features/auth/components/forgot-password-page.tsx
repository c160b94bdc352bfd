import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { EmailField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';

/** Asks for a link to choose a new password. The answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useBrowserForm(request, { email: { id: 'reset-email', label: t('forgotPassword.email') } });
  const onSubmit = form.onSubmit(({ email }) => {
    if (!form.check({ email: !email && t('form.errors.emailRequired') })) return;
    form.submit(email);
  });

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
            <ErrorSummary problem={form.problem} fields={form.fields} />
            <EmailField {...form.field('email')} />
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
