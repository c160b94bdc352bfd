import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields, toFormProblem } from '../../../lib/form-problem.ts';
import { formatSize, mediumDateFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { fieldProps } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useAddEvidenceLink } from '../api/add-evidence-link.ts';
import { evidenceFileUrl } from '../api/download-evidence-file.ts';
import type { Evidence } from '../api/get-item.ts';
import { evidenceFileAccept, maxEvidenceBytes, useUploadEvidenceFile } from '../api/upload-evidence-file.ts';

type Props = { orgId: string; itemKey: string; label: string; evidence: Evidence[]; canEdit: boolean };

const fileKinds: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** Files and links that show what was done for an item; editors add them. */
export function EvidenceSection({ orgId, itemKey, label, evidence, canEdit }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = mediumDateFormat(locale);
  return (
    <Section id={`item-${itemKey}-evidence`} title={t('roadmap.evidence.title')} level={3}>
      <OrNone items={evidence} none={t('roadmap.evidence.none')}>
        <ul className="evidence-list">
          {evidence.map((entry) => (
            <li key={entry.id}>
              {entry.url ? (
                <>
                  <a href={entry.url} rel="noreferrer noopener">
                    {entry.title}
                  </a>{' '}
                  <span className="muted">{t('roadmap.evidence.linkTo', { host: hostOf(entry.url) })}</span>
                </>
              ) : (
                <>
                  <a href={evidenceFileUrl(orgId, entry.id)} download={entry.fileName ?? true}>
                    {entry.title}
                  </a>{' '}
                  <span className="muted">
                    {t('roadmap.evidence.fileInfo', {
                      kind: (entry.mimeType && fileKinds[entry.mimeType]) ?? t('roadmap.evidence.file'),
                      size: formatSize(entry.size ?? 0, locale),
                      date: date.format(new Date(entry.createdAt)),
                    })}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      </OrNone>
      {canEdit && (
        <>
          <FileForm orgId={orgId} itemKey={itemKey} label={label} />
          <LinkForm orgId={orgId} itemKey={itemKey} label={label} />
        </>
      )}
    </Section>
  );
}

function FileForm({ orgId, itemKey, label }: { orgId: string; itemKey: string; label: string }) {
  const { t } = useTranslation();
  const upload = useUploadEvidenceFile();
  const { feedback, setFeedback } = useFormFeedback();
  const fields = { file: { id: `item-${itemKey}-file`, label: t('roadmap.evidence.fileLabel') } };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  const field = fieldProps(fields, problem);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const form = event.currentTarget;
    const file = new FormData(form).get('file');
    const chosen = file instanceof File && file.name !== '' ? file : null;
    const found = checkFields(
      {
        file: chosen
          ? chosen.size > maxEvidenceBytes && t('roadmap.errors.fileTooLarge')
          : t('roadmap.errors.fileRequired'),
      },
      t('form.checkFields'),
    );
    if (found || !chosen) return setFeedback(found ? { kind: 'error', problem: found } : null);
    setFeedback(null);
    upload.mutate(
      { orgId, itemKey, file: chosen },
      {
        onSuccess: (evidence) => {
          form.reset();
          setFeedback({
            kind: 'success',
            text: t('roadmap.evidence.fileAdded', { title: evidence.title, item: label }),
            focus: false,
          });
        },
        // A refused type or size comes back as a message for the form, not for one field.
        onError: (error) =>
          setFeedback({
            kind: 'error',
            problem: { ...toFormProblem(error, t('common.networkError')), fields: {} },
          }),
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`item-${itemKey}-file-title`}>
      <h4 id={`item-${itemKey}-file-title`}>{t('roadmap.evidence.fileTitle')}</h4>
      <SectionFeedback feedback={feedback} fields={fields} />
      <TextField
        {...field('file')}
        type="file"
        className="input--file"
        hint={t('roadmap.evidence.fileHint')}
        accept={evidenceFileAccept}
        required
      />
      <FormActions
        label={upload.isPending ? t('common.busy') : t('roadmap.evidence.upload')}
        hiddenLabel={label}
      />
    </form>
  );
}

function LinkForm({ orgId, itemKey, label }: { orgId: string; itemKey: string; label: string }) {
  const { t } = useTranslation();
  const form = useBrowserForm(useAddEvidenceLink(), {
    title: { id: `item-${itemKey}-link-title`, label: t('roadmap.evidence.linkTitleLabel') },
    url: { id: `item-${itemKey}-link-url`, label: t('roadmap.evidence.urlLabel') },
  });
  const { field } = form;
  const onSubmit = form.onSubmit(({ title, url }, element) => {
    if (
      !form.check({
        title: !title && t('roadmap.errors.linkTitleRequired'),
        url: !/^https?:\/\/\S+$/i.test(url) && t('roadmap.errors.urlInvalid'),
      })
    )
      return;
    form.submit(
      { orgId, itemKey, title, url },
      {
        onSuccess: () => {
          element.reset();
          form.succeed(t('roadmap.evidence.linkAdded', { title, item: label }), false);
        },
      },
    );
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`item-${itemKey}-link-form`}>
      <h4 id={`item-${itemKey}-link-form`}>{t('roadmap.evidence.linkFormTitle')}</h4>
      <SectionFeedback feedback={form.feedback} fields={form.fields} />
      <TextField {...field('title')} hint={t('roadmap.evidence.linkTitleHint')} autoComplete="off" required />
      <TextField
        {...field('url')}
        type="url"
        hint={t('roadmap.evidence.urlHint')}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        required
      />
      <FormActions label={t('roadmap.evidence.addLink')} hiddenLabel={label} />
    </form>
  );
}
