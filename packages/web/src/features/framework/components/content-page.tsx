import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField } from '../../../components/form-field.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { longDateFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { usePublishedVersions } from '../../roadmap/api/move-framework-version.ts';
import { useCreateDraft, useDrafts } from '../api/drafts.ts';
import { DraftProblems, parseDraftJson, useDraftProblems } from './draft-problems.tsx';

export const contentPath = '/netwerk/inhoud';

/**
 * The network admin's content page: the published versions of the afwegingskader (each to export
 * as JSON), the drafts of the next one, and starting a draft as a copy or from imported JSON.
 */
export function Content() {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">{t('content.intro')}</p>
      <PublishedVersions />
      <Drafts />
      <ImportForm />
    </>
  );
}

function PublishedVersions() {
  const { t } = useTranslation();
  const locale = useLocale();
  const versions = usePublishedVersions();
  const date = longDateFormat(locale);
  return (
    <Section id="content-versions-title" title={t('content.versions.title')}>
      <QueryState query={versions}>
        {({ versions: list }) => (
          <DataTable
            caption={t('content.versions.caption')}
            hideCaption
            columns={columnsUnder(t, 'content.versions', ['version', 'publishedAt', 'export'])}
          >
            {list.map((version) => (
              <tr key={version.id}>
                <td>{version.version}</td>
                <td>{date.format(new Date(version.publishedAt))}</td>
                <td>
                  <a
                    href={`/api/framework/versions/${version.version}`}
                    download={`afwegingskader-v${version.version}.json`}
                  >
                    {t('content.versions.exportLink', { version: version.version })}
                  </a>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Section>
  );
}

function Drafts() {
  const { t } = useTranslation();
  const locale = useLocale();
  const drafts = useDrafts();
  const create = useCreateDraft();
  const navigate = useNavigate();
  const date = longDateFormat(locale);
  return (
    <Section id="content-drafts-title" title={t('content.drafts.title')}>
      <QueryState query={drafts}>
        {({ drafts: list }) => (
          <OrNone items={list} none={t('content.drafts.none')}>
            <DataTable
              caption={t('content.drafts.caption')}
              hideCaption
              columns={columnsUnder(t, 'content.drafts', ['draft', 'basedOn', 'updatedAt'])}
            >
              {list.map((draft) => (
                <tr key={draft.id}>
                  <td>
                    <Link to={`${contentPath}/${draft.id}`}>
                      {t('content.drafts.open', { date: date.format(new Date(draft.updatedAt)) })}
                    </Link>
                  </td>
                  <td>{draft.basedOn}</td>
                  <td>{date.format(new Date(draft.updatedAt))}</td>
                </tr>
              ))}
            </DataTable>
          </OrNone>
        )}
      </QueryState>
      {create.isError && (
        <p className="alert alert--error" role="alert">
          {create.error.message}
        </p>
      )}
      <Button
        variant="primary"
        disabled={create.isPending}
        onClick={() =>
          create.mutate(undefined, { onSuccess: (draft) => navigate(`${contentPath}/${draft.id}`) })
        }
      >
        {t('content.drafts.create')}
      </Button>
    </Section>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const create = useCreateDraft();
  const problems = useDraftProblems();
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDraftJson(text);
    if (!problems.fromJson(parsed) || !parsed.ok) return;
    create.mutate(parsed.value, {
      onSuccess: (draft) => navigate(`${contentPath}/${draft.id}`),
      onError: problems.fromError,
    });
  };
  return (
    <Section id="content-import-title" title={t('content.import.title')}>
      <form onSubmit={submit} noValidate>
        <DraftProblems problems={problems.list} />
        <TextAreaField
          id="content-import-json"
          label={t('content.import.label')}
          hint={t('content.import.hint')}
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
        />
        <FormActions label={t('content.import.submit')} pending={create.isPending} />
      </form>
    </Section>
  );
}
