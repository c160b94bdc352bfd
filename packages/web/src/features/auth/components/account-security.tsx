import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import { fieldProps } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useChangePassword } from '../api/change-password.ts';
import { useRenewRecoveryCodes } from '../api/renew-recovery-codes.ts';

/** Changing one's own password: the current one, a new one, and the app's code when 2FA is on. */
export function ChangePasswordForm({ hasTwoFactor }: { hasTwoFactor: boolean }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { feedback, setFeedback, problem, fail } = useFormFeedback();
  const fields = {
    currentPassword: { id: 'current-password', label: t('account.change.current') },
    newPassword: { id: 'new-password', label: t('account.change.new') },
    code: { id: 'change-code', label: t('account.change.code') },
  };
  const field = fieldProps(fields, problem);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const code = String(data.get('code') ?? '').trim();
    const found = checkFields(
      {
        currentPassword: !currentPassword && t('account.change.currentRequired'),
        newPassword: !newPassword && t('account.change.newRequired'),
        code: hasTwoFactor && !code && t('account.change.codeRequired'),
      },
      t('form.checkFields'),
    );
    if (found) return setFeedback({ kind: 'error', problem: found });
    change.mutate(
      { currentPassword, newPassword, ...(hasTwoFactor ? { code } : {}) },
      {
        onSuccess: () => {
          form.reset();
          setFeedback({ kind: 'success', text: t('account.change.done'), focus: true });
        },
        onError: (error) => fail(error),
      },
    );
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="password-title">
      <SectionFeedback feedback={feedback} fields={fields} />
      <TextField {...field('currentPassword')} type="password" autoComplete="current-password" />
      <TextField
        {...field('newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('account.change.newHint')}
      />
      {hasTwoFactor && <TextField {...field('code')} inputMode="numeric" autoComplete="one-time-code" />}
      <p>
        <Button variant="primary" type="submit">
          {t('account.change.submit')}
        </Button>
      </p>
    </form>
  );
}

/** Ten new recovery codes with a code from the app; shown once, here. */
export function RenewRecoveryCodes() {
  const { t } = useTranslation();
  const renew = useRenewRecoveryCodes();
  const { feedback, setFeedback, problem, fail } = useFormFeedback();
  const [codes, setCodes] = useState<string[] | null>(null);
  const fields = { code: { id: 'renew-code', label: t('account.recovery.code') } };
  const field = fieldProps(fields, problem);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (renew.isPending) return;
    const form = event.currentTarget;
    const code = String(new FormData(form).get('code') ?? '').trim();
    const found = checkFields({ code: !code && t('account.change.codeRequired') }, t('form.checkFields'));
    if (found) return setFeedback({ kind: 'error', problem: found });
    renew.mutate(code, {
      onSuccess: ({ recoveryCodes }) => {
        form.reset();
        setCodes(recoveryCodes);
        setFeedback({ kind: 'success', text: t('account.recovery.done'), focus: true });
      },
      onError: (error) => fail(error),
    });
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="recovery-title">
      <SectionFeedback feedback={feedback} fields={fields} />
      {codes && (
        <ul className="recovery-codes" aria-label={t('account.recovery.listLabel')}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
      )}
      <TextField {...field('code')} inputMode="numeric" autoComplete="one-time-code" />
      <p>
        <Button variant="secondary" type="submit">
          {t('account.recovery.submit')}
        </Button>
      </p>
    </form>
  );
}
