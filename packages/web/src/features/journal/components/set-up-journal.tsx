import { createJournalKeys, type JournalDataKey, type JournalKeyMaterial } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useSetUpJournal } from '../api/journal.ts';

/** The shortest passphrase the journal takes: a few words are easier to remember than a password. */
export const minimumPassphraseLength = 12;

type Made = { material: JournalKeyMaterial; recoveryKey: string; dataKey: JournalDataKey };

/**
 * Setting up the journal: a passphrase (twice), then the recovery key shown once, to write down or
 * print. Only after "ik heb hem bewaard" does the browser send the wrapped keys.
 */
export function SetUpJournal({
  orgId,
  onOpened,
}: {
  orgId: string;
  onOpened: (key: JournalDataKey) => void;
}) {
  const { t } = useTranslation();
  const { feedback, problem, check, fail } = useFormFeedback();
  const save = useSetUpJournal();
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [keptIt, setKeptIt] = useState(false);
  const [notKept, setNotKept] = useState(false);
  const recoveryRef = useFocusWhen<HTMLHeadingElement>(made !== null);
  const fields = {
    passphrase: { id: 'journal-passphrase', label: t('journal.setUp.passphrase') },
    repeat: { id: 'journal-passphrase-repeat', label: t('journal.setUp.repeat') },
  };
  const { values, setValues, bind } = useFieldValues(fields, { passphrase: '', repeat: '' }, problem);
  const { passphrase, repeat } = values;

  const onChoose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (making) return;
    const ok = check({
      passphrase:
        passphrase.length < minimumPassphraseLength &&
        t('journal.setUp.tooShort', { count: minimumPassphraseLength }),
      repeat: repeat !== passphrase && t('journal.setUp.notSame'),
    });
    if (!ok) return;
    setMaking(true);
    createJournalKeys(passphrase).then(
      (keys) => {
        setMaking(false);
        setValues({ passphrase: '', repeat: '' });
        setMade(keys);
      },
      (error) => {
        setMaking(false);
        fail(error);
      },
    );
  };

  if (made)
    return (
      <section aria-labelledby="journal-recovery-title">
        <h2 id="journal-recovery-title" ref={recoveryRef} tabIndex={-1}>
          {t('journal.setUp.recoveryTitle')}
        </h2>
        <p>{t('journal.setUp.recoveryIntro')}</p>
        <p className="journal-recovery-key">
          <code data-testid="journal-recovery-key">{made.recoveryKey}</code>
        </p>
        <div className="notice">
          <p>
            <strong>{t('journal.setUp.loseWarning')}</strong>
          </p>
        </div>
        <div className="button-row">
          <Button variant="secondary" onClick={() => window.print()}>
            {t('journal.setUp.print')}
          </Button>
        </div>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (save.isPending) return;
            if (!keptIt) {
              setNotKept(true);
              return;
            }
            save.mutateAsync({ orgId, material: made.material }).then(() => onOpened(made.dataKey), fail);
          }}
          noValidate
        >
          <SectionFeedback feedback={feedback} />
          <div className={notKept && !keptIt ? 'field field--error' : 'field'}>
            {notKept && !keptIt && (
              <p className="field__error" id="journal-kept-error">
                {t('journal.setUp.keepFirst')}
              </p>
            )}
            <div className="choice">
              <input
                className="choice__input"
                type="checkbox"
                id="journal-kept"
                aria-describedby={notKept && !keptIt ? 'journal-kept-error' : undefined}
                checked={keptIt}
                onChange={(e) => setKeptIt(e.target.checked)}
              />
              <label className="choice__label" htmlFor="journal-kept">
                {t('journal.setUp.kept')}
              </label>
            </div>
          </div>
          <FormActions label={t('journal.setUp.create')} pending={save.isPending} />
        </form>
      </section>
    );

  return (
    <Section id="journal-setup-title" title={t('journal.setUp.title')}>
      <p>{t('journal.setUp.intro')}</p>
      <p>{t('journal.setUp.notPassword')}</p>
      <form onSubmit={onChoose} noValidate>
        <SectionFeedback feedback={feedback} fields={fields} />
        <TextField
          {...bind('passphrase')}
          type="password"
          autoComplete="new-password"
          hint={t('journal.setUp.passphraseHint', { count: minimumPassphraseLength })}
        />
        <TextField {...bind('repeat')} type="password" autoComplete="new-password" />
        <FormActions label={t('journal.setUp.next')} pending={making} />
      </form>
    </Section>
  );
}
