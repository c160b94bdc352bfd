import {
  frameworkV1,
  type JournalDataKey,
  type JournalEntryContent,
  type JournalStage,
  journalStagePrompts,
  journalStages,
  journalValueKeys,
  openEntry,
  readJournalEntryContent,
  sealEntry,
} from '@derde-bron/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextAreaField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type SealedEntry, useDeleteEntry, useJournalEntries, useWriteEntry } from '../api/journal.ts';

type Opened = { id: string; day: string; content: JournalEntryContent };

const valueTitle = (key: string, locale: 'nl' | 'en') =>
  frameworkV1.values.find((v) => v.key === key)?.title[locale] ?? key;
const valueText = (key: string, locale: 'nl' | 'en') =>
  frameworkV1.values.find((v) => v.key === key)?.text[locale] ?? '';

/** Opens every sealed entry with the key in memory, newest first. */
function useOpenedEntries(entries: SealedEntry[] | undefined, dataKey: JournalDataKey) {
  const [opened, setOpened] = useState<Opened[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!entries) return;
    let current = true;
    Promise.all(
      entries.map(async (e) => ({
        id: e.id,
        day: e.day,
        content: readJournalEntryContent(await openEntry(dataKey, e.sealed)),
      })),
    ).then(
      (list) => {
        if (!current) return;
        setFailed(false);
        setOpened(
          list.sort((a, b) =>
            a.day === b.day
              ? b.content.writtenAt.localeCompare(a.content.writtenAt)
              : b.day.localeCompare(a.day),
          ),
        );
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [entries, dataKey]);
  return { opened, failed };
}

/** Writing a new entry, guided by the circular model if she likes, and reading the entries back. */
export function JournalEntries({ orgId, dataKey }: { orgId: string; dataKey: JournalDataKey }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entries = useJournalEntries(orgId, true);
  const { opened, failed } = useOpenedEntries(entries.data, dataKey);
  const remove = useDeleteEntry();
  const { feedback, setFeedback, fail } = useFormFeedback();
  const [preparation, setPreparation] = useState('');
  // Copying is her own act, one entry at a time; the text then takes focus, to read or change it.
  const [copies, setCopies] = useState(0);
  const copied = useFocusWhen<HTMLTextAreaElement>(copies);

  return (
    <>
      <WriteEntry orgId={orgId} dataKey={dataKey} />
      <Section id="journal-entries-title" title={t('journal.entries.title')}>
        <SectionFeedback feedback={feedback} />
        <QueryState query={entries}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('journal.entries.none')}</p>
            ) : failed ? (
              <p className="notice">{t('journal.entries.cannotOpen')}</p>
            ) : !opened ? (
              <p role="status">{t('journal.entries.opening')}</p>
            ) : (
              <ul className="card-list">
                {opened.map((entry) => (
                  <li key={entry.id} className="card">
                    <article aria-labelledby={`journal-entry-${entry.id}`}>
                      <h3 id={`journal-entry-${entry.id}`}>
                        {formatDay(entry.day, locale)}
                        {entry.content.stage && ` · ${t(`journal.stages.${entry.content.stage}`)}`}
                      </h3>
                      {entry.content.stage && entry.content.promptKey && (
                        <p className="field__hint">
                          {t(`journal.prompts.${entry.content.stage}.${entry.content.promptKey}`)}
                        </p>
                      )}
                      {entry.content.valueKey && (
                        <p className="field__hint">
                          {t('journal.value', { value: valueTitle(entry.content.valueKey, locale) })}
                        </p>
                      )}
                      <p className="preserve-lines">{entry.content.text}</p>
                      {entry.content.readyToShare && (
                        <>
                          <p className="badge">{t('journal.entries.readyToShare')}</p>
                          <div className="button-row">
                            <Button
                              variant="secondary"
                              onClick={() => {
                                setPreparation((text) =>
                                  text ? `${text}\n\n${entry.content.text}` : entry.content.text,
                                );
                                setCopies((n) => n + 1);
                              }}
                            >
                              {t('journal.preparation.copy')}
                              <span className="visually-hidden"> {formatDay(entry.day, locale)}</span>
                            </Button>
                          </div>
                        </>
                      )}
                      <ConfirmAction
                        label={
                          <>
                            {t('journal.entries.delete')}
                            <span className="visually-hidden"> {formatDay(entry.day, locale)}</span>
                          </>
                        }
                        question={t('journal.entries.deleteQuestion')}
                        yes={t('journal.entries.deleteYes')}
                        onConfirm={(done) =>
                          remove.mutateAsync({ orgId, entryId: entry.id }).then(() => {
                            done();
                            setFeedback({ kind: 'success', text: t('journal.entries.deleted'), focus: true });
                          }, fail)
                        }
                      />
                    </article>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </Section>
      <Section id="journal-preparation-title" title={t('journal.preparation.title')}>
        <p>{t('journal.preparation.intro')}</p>
        <TextAreaField
          id="journal-preparation"
          label={t('journal.preparation.label')}
          hint={t('journal.preparation.hint')}
          rows={6}
          textAreaRef={copied}
          value={preparation}
          onChange={(e) => setPreparation(e.target.value)}
        />
      </Section>
    </>
  );
}

function WriteEntry({ orgId, dataKey }: { orgId: string; dataKey: JournalDataKey }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const write = useWriteEntry();
  const { feedback, problem, check, fail, succeed } = useFormFeedback();
  const [stage, setStage] = useState<JournalStage | ''>('');
  const [promptKey, setPromptKey] = useState('');
  const [valueKey, setValueKey] = useState('');
  const [text, setText] = useState('');
  const [readyToShare, setReadyToShare] = useState(false);
  const [sealing, setSealing] = useState(false);
  const promptText = stage && promptKey ? t(`journal.prompts.${stage}.${promptKey}`) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sealing || write.isPending || !check({ text: !text.trim() && t('journal.write.textRequired') }))
      return;
    const content: JournalEntryContent = {
      text,
      stage: stage || null,
      promptKey: promptKey || null,
      valueKey: valueKey || null,
      readyToShare,
      writtenAt: new Date().toISOString(),
    };
    setSealing(true);
    sealEntry(dataKey, content)
      .then((sealed) => write.mutateAsync({ orgId, sealed }))
      .then(
        () => {
          setSealing(false);
          setText('');
          setStage('');
          setPromptKey('');
          setValueKey('');
          setReadyToShare(false);
          succeed(t('journal.write.saved'), false);
        },
        (error) => {
          setSealing(false);
          fail(error);
        },
      );
  };

  return (
    <Section id="journal-write-title" title={t('journal.write.title')}>
      <p>{t('journal.write.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <SectionFeedback feedback={feedback} />
        <SelectField
          id="journal-stage"
          label={t('journal.write.stage')}
          hint={t('journal.write.stageHint')}
          value={stage}
          onChange={(e) => {
            setStage(e.target.value as JournalStage | '');
            setPromptKey('');
          }}
        >
          <Options
            values={journalStages}
            none={t('journal.write.noStage')}
            label={(s) => t(`journal.stages.${s}`)}
          />
        </SelectField>
        {stage && (
          <SelectField
            id="journal-prompt"
            label={t('journal.write.prompt')}
            value={promptKey}
            onChange={(e) => setPromptKey(e.target.value)}
          >
            <option value="">{t('journal.write.noPrompt')}</option>
            {journalStagePrompts[stage].map((key) => (
              <option key={key} value={key}>
                {t(`journal.prompts.${stage}.${key}`)}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          id="journal-value"
          label={t('journal.write.valueLabel')}
          hint={valueKey ? valueText(valueKey, locale) : t('journal.write.valueHint')}
          value={valueKey}
          onChange={(e) => setValueKey(e.target.value)}
        >
          <Options
            values={journalValueKeys}
            none={t('journal.write.noValue')}
            label={(key) => valueTitle(key, locale)}
          />
        </SelectField>
        <TextAreaField
          id="journal-text"
          label={t('journal.write.text')}
          hint={
            promptText || valueKey
              ? [promptText, valueKey ? t('journal.value', { value: valueTitle(valueKey, locale) }) : null]
                  .filter(Boolean)
                  .join(' ')
              : undefined
          }
          rows={8}
          error={problem?.fields.text}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="field">
          <div className="choice">
            <input
              className="choice__input"
              type="checkbox"
              id="journal-ready"
              aria-describedby="journal-ready-hint"
              checked={readyToShare}
              onChange={(e) => setReadyToShare(e.target.checked)}
            />
            <label className="choice__label" htmlFor="journal-ready">
              {t('journal.write.readyToShare')}
            </label>
          </div>
          <p className="field__hint" id="journal-ready-hint">
            {t('journal.write.readyToShareHint')}
          </p>
        </div>
        <FormActions label={t('journal.write.save')} pending={sealing || write.isPending} />
      </form>
    </Section>
  );
}
