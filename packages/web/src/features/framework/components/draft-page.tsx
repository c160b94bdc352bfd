import type { FrameworkContent, Locale } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { Section } from '../../../components/section.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useLocale } from '../../../lib/i18n.ts';
import {
  type Draft,
  type DraftDiff,
  useDraft,
  useDraftDiff,
  usePublishDraft,
  useSaveDraft,
} from '../api/drafts.ts';
import { contentPath } from './content-page.tsx';
import { DraftProblems, parseDraftJson, useDraftProblems } from './draft-problems.tsx';

/**
 * One draft of the next framework version: the JSON to edit (saved whole, every problem named),
 * its export, what it changes against the current version, a preview as members will see it, and
 * publishing it, after which it never changes.
 */
export function DraftPage() {
  const { t } = useTranslation();
  const { draftId = '' } = useParams();
  const draft = useDraft(draftId);
  // Here, not in the section: once published the draft is gone, and the page says so.
  const publish = usePublishDraft(draftId);
  const published = publish.data?.version ?? null;
  return (
    <>
      <PageHeading title={t('content.draft.title')} />
      <RequireSignIn>
        {() => (
          <>
            <p>
              <Link to={contentPath}>{t('content.draft.back')}</Link>
            </p>
            {published !== null ? (
              <SuccessMessage focusKey={published}>
                <p>{t('content.publish.done', { version: published })}</p>
              </SuccessMessage>
            ) : (
              <QueryState query={draft}>
                {(loaded) => (
                  <>
                    <p className="lead">{t('content.draft.intro', { basedOn: loaded.basedOn })}</p>
                    <Editor draft={loaded} />
                    <DiffSection draftId={loaded.id} />
                    <Preview content={loaded.content} />
                    <PublishSection draft={loaded} publish={publish} />
                  </>
                )}
              </QueryState>
            )}
          </>
        )}
      </RequireSignIn>
    </>
  );
}

function download(name: string, content: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function Editor({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(draft.content, null, 2));
  const save = useSaveDraft(draft.id);
  const problems = useDraftProblems();
  const [saved, setSaved] = useState<number | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const parsed = parseDraftJson(text);
    if (!problems.fromJson(parsed) || !parsed.ok) return;
    save.mutate(
      { version: draft.version, content: parsed.value },
      {
        onSuccess: (next) => setSaved(next.version),
        onError: (error) =>
          error instanceof ApiError && error.status === 409
            ? problems.fromError(new Error(t('content.draft.conflict')))
            : problems.fromError(error),
      },
    );
  };
  return (
    <Section id="draft-editor-title" title={t('content.draft.editorTitle')}>
      <form onSubmit={submit} noValidate>
        <DraftProblems problems={problems.list} />
        {saved !== null && (
          <SuccessMessage focusKey={saved}>
            <p>{t('content.draft.saved')}</p>
          </SuccessMessage>
        )}
        <TextAreaField
          id="draft-json"
          label={t('content.draft.jsonLabel')}
          hint={t('content.draft.jsonHint')}
          rows={24}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
        />
        <FormActions label={t('content.draft.save')} pending={save.isPending}>
          <Button
            onClick={() => download(`concept-afwegingskader-${draft.id.slice(0, 8)}.json`, draft.content)}
          >
            {t('content.draft.export')}
          </Button>
        </FormActions>
      </form>
    </Section>
  );
}

const titleIn = (text: { nl: string; en: string }, locale: Locale) => text[locale];

function DiffSection({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const diff = useDraftDiff(draftId);
  return (
    <Section id="draft-diff-title" title={t('content.diff.title')}>
      <QueryState query={diff}>{(loaded) => <DiffTables {...loaded} />}</QueryState>
    </Section>
  );
}

/** The difference with the current version, by stable key: added, removed, renamed and moved items. */
export function DiffTables({ against, diff }: DraftDiff) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nothing =
    diff.added.length +
      diff.removed.length +
      diff.renamed.length +
      diff.moved.length +
      diff.reworded.length ===
    0;
  if (nothing) return <p>{t('content.diff.none', { version: against })}</p>;
  const stepName = (key: string) => t(`benchmark.steps.${key}`);
  return (
    <>
      <p>{t('content.diff.intro', { version: against, kept: diff.kept.length })}</p>
      {(['added', 'removed'] as const).map(
        (kind) =>
          diff[kind].length > 0 && (
            <DataTable
              key={kind}
              caption={t(`content.diff.${kind}`, { count: diff[kind].length })}
              columns={[t('content.diff.key'), t('content.diff.step'), t('content.diff.itemTitle')]}
            >
              {diff[kind].map((item) => (
                <tr key={item.key}>
                  <td>{item.key}</td>
                  <td>{stepName(item.stepKey)}</td>
                  <td>{titleIn(item.title, locale)}</td>
                </tr>
              ))}
            </DataTable>
          ),
      )}
      {diff.renamed.length > 0 && (
        <DataTable
          caption={t('content.diff.renamed', { count: diff.renamed.length })}
          columns={[t('content.diff.key'), t('content.diff.oldTitle'), t('content.diff.newTitle')]}
        >
          {diff.renamed.map((item) => (
            <tr key={item.key}>
              <td>{item.key}</td>
              <td>{titleIn(item.from, locale)}</td>
              <td>{titleIn(item.to, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {diff.moved.length > 0 && (
        <DataTable
          caption={t('content.diff.moved', { count: diff.moved.length })}
          columns={[t('content.diff.key'), t('content.diff.fromStep'), t('content.diff.toStep')]}
        >
          {diff.moved.map((item) => (
            <tr key={item.key}>
              <td>{item.key}</td>
              <td>{stepName(item.from)}</td>
              <td>{stepName(item.to)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {diff.reworded.length > 0 && <p>{t('content.diff.reworded', { keys: diff.reworded.join(', ') })}</p>}
    </>
  );
}

/** The steps and their items as members will see them, in the page's language. */
function Preview({ content }: { content: FrameworkContent }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="draft-preview-title" title={t('content.preview.title')}>
      <p>{titleIn(content.title, locale)}</p>
      {content.steps.map((step) => (
        <section key={step.key} aria-labelledby={`preview-step-${step.key}`}>
          <h3 id={`preview-step-${step.key}`}>
            {t('content.preview.step', { number: step.number, title: titleIn(step.title, locale) })}
          </h3>
          <p>{titleIn(step.summary, locale)}</p>
          <ol>
            {step.items.map((item) => (
              <li key={item.key}>
                <strong>
                  {step.number}.{item.number} {titleIn(item.title, locale)}
                </strong>
                {item.optional && <> ({t('content.preview.optional')})</>}
                <p>{titleIn(item.text, locale)}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Section>
  );
}

function PublishSection({ draft, publish }: { draft: Draft; publish: ReturnType<typeof usePublishDraft> }) {
  const { t } = useTranslation();
  return (
    <Section id="draft-publish-title" title={t('content.publish.title')}>
      <p>{t('content.publish.text')}</p>
      {publish.isError && (
        <p className="alert alert--error" role="alert">
          {publish.error.message}
        </p>
      )}
      <ConfirmAction
        label={t('content.publish.button')}
        question={t('content.publish.question')}
        yes={t('content.publish.yes')}
        onConfirm={(done) => publish.mutate(draft.version, { onSettled: done })}
      />
    </Section>
  );
}
