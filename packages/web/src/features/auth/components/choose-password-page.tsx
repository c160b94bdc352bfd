import { passwordMinLength } from '@derde-bron/domain';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { NextStepNotice } from '../../../components/next-step-notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useLinkToken } from '../../../lib/link-token.ts';
import { fieldProps } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useConfirmPasswordReset } from '../api/confirm-password-reset.ts';

/** Choosing a new password with the link from the mail (`/wachtwoord-kiezen#<token>`). */
export function ChoosePasswordPage() {
  const { t } = useTranslation();
  const link = useLinkToken();
  const confirm = useConfirmPasswordReset();
  const { problem, fail, check } = useFormFeedback();
  const fields = { password: { id: 'new-password', label: t('choosePassword.password') } };
  const field = fieldProps(fields, problem);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending || !link) return;
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (
      !check({
        password:
          [...password].length < passwordMinLength &&
          t('form.errors.passwordTooShort', { min: passwordMinLength }),
      })
    )
      return;
    confirm.mutate({ token: link.token, password }, { onError: (error) => fail(error) });
  };

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
          <ErrorSummary problem={problem} fields={fields} />
          <TextField
            {...field('password')}
            type="password"
            hint={t('form.passwordHint', { min: passwordMinLength })}
            autoComplete="new-password"
            required
            minLength={passwordMinLength}
          />
          <FormActions label={t('choosePassword.submit')} />
        </form>
        {problem && (
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
