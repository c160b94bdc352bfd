import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useSendReminders } from '../api/send-reminders.ts';

/**
 * "Herinnering sturen": the server mails every invitation of the wave that was not used yet, at
 * most once every few days. It picks them itself and says neither who nor how many: how many
 * would tell how many answered.
 */
export function RemindersForm({ orgId, waveId }: { orgId: string; waveId: string }) {
  const { t } = useTranslation();
  const remind = useSendReminders();
  const { feedback, setFeedback, fail } = useFormFeedback();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (remind.isPending) return;
    setFeedback(null);
    remind.mutate(
      { orgId, waveId },
      {
        onSuccess: () => setFeedback({ kind: 'success', text: t('measurement.reminders.done'), focus: true }),
        onError: (error) => fail(error),
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="reminders-title">
      <h3 id="reminders-title">{t('measurement.reminders.title')}</h3>
      <p>{t('measurement.reminders.intro')}</p>
      <SectionFeedback feedback={feedback} />
      <FormActions label={t('measurement.reminders.submit')} pending={remind.isPending} />
    </form>
  );
}
