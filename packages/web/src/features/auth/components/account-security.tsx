import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useChangePassword } from '../api/change-password.ts';
import { useRenewRecoveryCodes } from '../api/renew-recovery-codes.ts';

/** Changing one's own password: the current one, a new one, and the app's code when 2FA is on. */
export function ChangePasswordForm({ hasTwoFactor }: { hasTwoFactor: boolean }) {
  const { t } = useTranslation();
  const form = useBrowserForm(useChangePassword(), {
    currentPassword: { id: 'current-password', label: t('account.change.current'), exact: true },
    newPassword: { id: 'new-password', label: t('account.change.new'), exact: true },
    code: { id: 'change-code', label: t('account.change.code') },
  });
  const { field } = form;
  const onSubmit = form.onSubmit(({ currentPassword, newPassword, code }, element) => {
    if (
      !form.check({
        currentPassword: !currentPassword && t('account.change.currentRequired'),
        newPassword: !newPassword && t('account.change.newRequired'),
        code: hasTwoFactor && !code && t('account.change.codeRequired'),
      })
    )
      return;
    form.submit(
      { currentPassword, newPassword, ...(hasTwoFactor ? { code } : {}) },
      {
        onSuccess: () => {
          element.reset();
          form.succeed(t('account.change.done'));
        },
      },
    );
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="password-title">
      <SectionFeedback feedback={form.feedback} fields={form.fields} />
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
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useBrowserForm(useRenewRecoveryCodes(), {
    code: { id: 'renew-code', label: t('account.recovery.code') },
  });
  const onSubmit = form.onSubmit(({ code }, element) => {
    if (!form.check({ code: !code && t('account.change.codeRequired') })) return;
    form.submit(code, {
      onSuccess: ({ recoveryCodes }) => {
        element.reset();
        setCodes(recoveryCodes);
        form.succeed(t('account.recovery.done'));
      },
    });
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="recovery-title">
      <SectionFeedback feedback={form.feedback} fields={form.fields} />
      {codes && (
        <ul className="recovery-codes" aria-label={t('account.recovery.listLabel')}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
      )}
      <TextField {...form.field('code')} inputMode="numeric" autoComplete="one-time-code" />
      <p>
        <Button variant="secondary" type="submit">
          {t('account.recovery.submit')}
        </Button>
      </p>
    </form>
  );
}
