import {
  type JournalDataKey,
  JournalLockedError,
  rewrapForNewPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type StoredJournal, useChangeJournalKeys } from '../api/journal.ts';
import { minimumPassphraseLength } from './set-up-journal.tsx';

type Way = 'passphrase' | 'recovery';

/** Opening the journal in this browser, with the passphrase or, when it is forgotten, the recovery key. */
export function UnlockJournal({
  stored,
  onOpened,
}: {
  stored: StoredJournal;
  /** The opened key, and the recovery key when that opened it (to choose a new passphrase). */
  onOpened: (key: JournalDataKey, recoveryKey: string | null) => void;
}) {
  const { t } = useTranslation();
  const { feedback, problem, check, fail } = useFormFeedback();
  const [way, setWay] = useState<Way>('passphrase');
  const [secret, setSecret] = useState('');
  const [opening, setOpening] = useState(false);
  const field = { id: 'journal-unlock-secret', label: t(`journal.unlock.${way}`) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (opening || !check({ secret: !secret.trim() && t(`journal.unlock.${way}Required`) })) return;
    setOpening(true);
    const open =
      way === 'passphrase' ? unlockWithPassphrase(stored, secret) : unlockWithRecoveryKey(stored, secret);
    open.then(
      (key) => {
        setOpening(false);
        onOpened(key, way === 'recovery' ? secret : null);
      },
      (error) => {
        setOpening(false);
        if (error instanceof JournalLockedError)
          check({
            secret: t(
              way === 'passphrase' ? 'journal.unlock.wrongPassphrase' : 'journal.unlock.wrongRecovery',
            ),
          });
        else fail(error);
      },
    );
  };

  return (
    <Section id="journal-unlock-title" title={t('journal.unlock.title')}>
      <p>{t('journal.unlock.intro', { count: stored.entryCount })}</p>
      <form onSubmit={onSubmit} noValidate>
        <SectionFeedback feedback={feedback} />
        <ChoiceGroup
          id="journal-unlock-way"
          legend={t('journal.unlock.way')}
          type="radio"
          inline
          options={[
            { value: 'passphrase', label: t('journal.unlock.withPassphrase') },
            { value: 'recovery', label: t('journal.unlock.withRecovery') },
          ]}
          selected={[way]}
          onChange={(value) => {
            setWay(value as Way);
            setSecret('');
          }}
        />
        <TextField
          {...field}
          type={way === 'passphrase' ? 'password' : 'text'}
          autoComplete="off"
          spellCheck={false}
          hint={way === 'recovery' ? t('journal.unlock.recoveryHint') : undefined}
          error={problem?.fields.secret}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        <FormActions label={t('journal.unlock.open')} pending={opening} />
      </form>
    </Section>
  );
}

/** After opening with the recovery key: choose a new passphrase (the recovery key keeps working). */
export function NewPassphrase({
  orgId,
  stored,
  recoveryKey,
}: {
  orgId: string;
  stored: StoredJournal;
  recoveryKey: string;
}) {
  const { t } = useTranslation();
  const { feedback, problem, check, fail, succeed } = useFormFeedback();
  const change = useChangeJournalKeys();
  const fields = { passphrase: { id: 'journal-new-passphrase', label: t('journal.newPassphrase.label') } };
  const { values, setValues, bind } = useFieldValues(fields, { passphrase: '' }, problem);
  const { passphrase } = values;
  const [making, setMaking] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (making || change.isPending) return;
    const ok = check({
      passphrase:
        passphrase.length < minimumPassphraseLength &&
        t('journal.setUp.tooShort', { count: minimumPassphraseLength }),
    });
    if (!ok) return;
    setMaking(true);
    rewrapForNewPassphrase(stored, recoveryKey, passphrase)
      .then((material) => change.mutateAsync({ orgId, material, version: stored.version }))
      .then(
        () => {
          setMaking(false);
          setValues({ passphrase: '' });
          succeed(t('journal.newPassphrase.saved'));
        },
        (error) => {
          setMaking(false);
          fail(error);
        },
      );
  };
  return (
    <Section id="journal-new-passphrase-title" title={t('journal.newPassphrase.title')}>
      <p>{t('journal.newPassphrase.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <SectionFeedback feedback={feedback} fields={fields} />
        <TextField {...bind('passphrase')} type="password" autoComplete="new-password" />
        <FormActions label={t('journal.newPassphrase.save')} pending={making} />
      </form>
    </Section>
  );
}
