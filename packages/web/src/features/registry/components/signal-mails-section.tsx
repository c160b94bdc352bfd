import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import type { PersonDetail } from '../api/get-person.ts';
import { useSaveSignalMails } from '../api/save-signal-mails.ts';

/** On one's own record only: mail me my signals (registration, funding, intervisie). Opt-in. */
export function SignalMailsSection({ orgId, person }: { orgId: string; person: PersonDetail['person'] }) {
  const { t } = useTranslation();
  const save = useSaveSignalMails();
  const [enabled, setEnabled] = useState(person.signalMails);
  const { feedback, setFeedback, fail } = useFormFeedback();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { orgId, personId: person.id, input: { enabled } },
      {
        onSuccess: (state) =>
          setFeedback({
            kind: 'success',
            text: t(state.enabled ? 'registry.signalMails.savedOn' : 'registry.signalMails.savedOff'),
            focus: true,
          }),
        onError: (error) => fail(error),
      },
    );
  };
  return (
    <Section id="signal-mails-title" title={t('registry.signalMails.title')}>
      <form onSubmit={submit} noValidate className="form">
        <SectionFeedback feedback={feedback} />
        <ChoiceGroup
          id="signal-mails"
          legend={t('registry.signalMails.legend')}
          hint={t('registry.signalMails.hint')}
          type="checkbox"
          options={[{ value: 'on', label: t('registry.signalMails.label') }]}
          selected={enabled ? ['on'] : []}
          onChange={(_value, checked) => setEnabled(checked)}
        />
        <FormActions label={t('registry.signalMails.save')} pending={save.isPending} />
      </form>
    </Section>
  );
}
