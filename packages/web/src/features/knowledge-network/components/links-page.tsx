import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField, TextField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type FrameworkVersion, useFramework } from '../../framework/api/get-framework.ts';
import {
  type KnowledgeLink,
  useKnowledgeLinks,
  useRemoveLink,
  useSaveLink,
} from '../api/knowledge-network.ts';
import { PlaceFields, usePlaceNames } from './place-fields.tsx';
import { placeInput, usePlaceFieldLabels } from './share-form.tsx';

type Content = FrameworkVersion['content'];

/** The network admin keeps the links library that members see beside the steps' items. */
export function LinksLibrary() {
  const links = useKnowledgeLinks();
  const framework = useFramework();
  return (
    <QueryState query={framework}>
      {({ content }) => (
        <QueryState query={links}>{(list) => <Links links={list} content={content} />}</QueryState>
      )}
    </QueryState>
  );
}

function Links({ links, content }: { links: KnowledgeLink[]; content: Content }) {
  const { t } = useTranslation();
  const place = usePlaceNames(content);
  const remove = useRemoveLink();
  const [editing, setEditing] = useState<KnowledgeLink | null>(null);
  const { feedback, afterConfirm } = useFormFeedback();
  return (
    <>
      <Section id="links-list" title={t('knowledgeNetwork.links.listTitle')}>
        <SectionFeedback feedback={feedback} />
        <DataTable
          caption={t('knowledgeNetwork.links.listTitle')}
          hideCaption
          columns={[
            t('knowledgeNetwork.columns.title'),
            t('knowledgeNetwork.links.url'),
            t('knowledgeNetwork.columns.place'),
            t('knowledgeNetwork.columns.action'),
          ]}
        >
          {links.map((link) => (
            <tr key={link.id}>
              <th scope="row">{link.title}</th>
              <td>{link.url ?? t('knowledgeNetwork.links.noUrl')}</td>
              <td>{place(link)}</td>
              <td>
                <Button onClick={() => setEditing(link)}>
                  {t('knowledgeNetwork.links.edit')}
                  <span className="visually-hidden"> {link.title}</span>
                </Button>
                <ConfirmAction
                  label={
                    <>
                      {t('knowledgeNetwork.links.remove')}
                      <span className="visually-hidden"> {link.title}</span>
                    </>
                  }
                  question={t('knowledgeNetwork.links.removeQuestion', { title: link.title })}
                  yes={t('knowledgeNetwork.links.removeYes')}
                  onConfirm={(done) =>
                    remove.mutate(
                      link,
                      afterConfirm(done, t('knowledgeNetwork.links.removed', { title: link.title })),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <LinkForm key={editing?.id ?? 'new'} link={editing} content={content} onDone={() => setEditing(null)} />
    </>
  );
}

function LinkForm({
  link,
  content,
  onDone,
}: {
  link: KnowledgeLink | null;
  content: Content;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveLink();
  const form = useFormFeedback();
  const fields = {
    title: { id: 'link-title', label: t('knowledgeNetwork.columns.title') },
    url: { id: 'link-url', label: t('knowledgeNetwork.links.url') },
    description: { id: 'link-description', label: t('knowledgeNetwork.links.description') },
    ...usePlaceFieldLabels('link'),
  };
  const empty = { title: '', url: '', description: '', stepKey: '', itemKey: '' };
  const { values, setValues, bind } = useFieldValues(
    fields,
    {
      title: link?.title ?? '',
      url: link?.url ?? '',
      description: link?.description ?? '',
      stepKey: link?.stepKey ?? '',
      itemKey: link?.itemKey ?? '',
    },
    form.problem,
  );
  const { title, url } = values;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const ok = form.check({
      title: !title.trim() && t('knowledgeNetwork.errors.titleRequired'),
      url:
        url.trim() !== '' && !/^https?:\/\/\S+$/i.test(url.trim()) && t('knowledgeNetwork.errors.urlInvalid'),
    });
    if (!ok) return;
    const input = {
      title: title.trim(),
      url: url.trim() || null,
      description: values.description.trim(),
      ...placeInput(values),
    };
    save.mutate(
      { input, link },
      {
        onSuccess: (saved) => {
          onDone();
          form.succeed(t('knowledgeNetwork.links.saved', { title: input.title }));
          if (!link) setValues(empty);
          return saved;
        },
        onError: form.fail,
      },
    );
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="link-form">
      <h2 id="link-form">
        {link ? t('knowledgeNetwork.links.editTitle') : t('knowledgeNetwork.links.addTitle')}
      </h2>
      <SectionFeedback feedback={form.feedback} fields={fields} />
      <TextField {...bind('title')} required />
      <TextField
        {...bind('url')}
        type="url"
        hint={t('knowledgeNetwork.links.urlHint')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextAreaField {...bind('description')} />
      <PlaceFields
        prefix="link"
        content={content}
        stepKey={values.stepKey}
        itemKey={values.itemKey}
        onChange={(stepKey, itemKey) => setValues((current) => ({ ...current, stepKey, itemKey }))}
      />
      <FormActions
        label={link ? t('knowledgeNetwork.links.save') : t('knowledgeNetwork.links.add')}
        pending={save.isPending}
        {...(link ? { onCancel: onDone } : {})}
      />
    </form>
  );
}
