import { passwordMinLength } from '@derde-bron/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { NextStepNotice } from '../../../components/next-step-notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useLinkToken } from '../../../lib/link-token.ts';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useConfirmPasswordReset } from '../api/confirm-password-reset.ts';

/** Choosing a new password with the link from the mail (`/wachtwoord-kiezen#<token>`). */
export function ChoosePasswordPage() {
  const { t } = useTranslation();
  const link = useLinkToken();
  const confirm = useConfirmPasswordReset();
  const form = useBrowserForm(confirm, {
    password: { id: 'new-password', label: t('choosePassword.password'), exact: true },
  });
  const onSubmit = form.onSubmit(({ password }) => {
    if (!link) return;
    if (
      !form.check({
        password:
          [...password].length < passwordMinLength &&
          t('form.errors.passwordTooShort', { min: passwordMinLength }),
      })
    )
      return;
    form.submit({ token: link.token, password });
  });

  let content: ReactNode;
  if (!link?.valid) {
    content = (
      <NextStepNotice
        message={t('choosePassword.noToken')}
        to="/wachtwoord-vergeten"
        link={t('choosePassword.newLink')}
      />
    );
  } else if (confirm.isSuccess) {
    content = (
      <>
        <SuccessMessage focusKey>
          <p>{t('choosePassword.done')}</p>
        </SuccessMessage>
        <p>
          <Link className="button button--primary" to="/inloggen">
            {t('choosePassword.toSignIn')}
          </Link>
        </p>
      </>
    );
  } else {
    content = (
      <>
        <p>{t('choosePassword.intro')}</p>
        <form className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary problem={form.problem} fields={form.fields} />
          <TextField
            {...form.field('password')}
            type="password"
            hint={t('form.passwordHint', { min: passwordMinLength })}
            autoComplete="new-password"
            required
            minLength={passwordMinLength}
          />
          <FormActions label={t('choosePassword.submit')} />
        </form>
        {form.problem && (
          <p>
            <Link to="/wachtwoord-vergeten">{t('choosePassword.newLink')}</Link>
          </p>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('choosePassword.title')} />
      {content}
    </>
  );
}
