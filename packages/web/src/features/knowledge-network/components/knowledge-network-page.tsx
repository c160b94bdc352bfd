import {
  activityAudiences,
  can,
  defaultLicence,
  type OrgRole,
  sharedDocumentKinds,
  sharedItemKinds,
} from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useLocalized } from '../../../lib/i18n.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type FrameworkVersion, useFramework } from '../../framework/api/get-framework.ts';
import {
  type NamesFound,
  namesFoundIn,
  type SearchFilter,
  type SharedItem,
  sharedFileUrl,
  useCopies,
  useCopy,
  useMembership,
  useOwnItems,
  useSearch,
  useSetMembership,
  useShareDocument,
  useSharePractice,
  useWithdraw,
} from '../api/knowledge-network.ts';
import { PlaceFields, usePlaceNames } from './place-fields.tsx';

type Content = FrameworkVersion['content'];

/** The kennisnetwerk: take part, find what other members share, share your own, withdraw it. */
export function KnowledgeNetworkPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('knowledgeNetwork.title')}>{t('knowledgeNetwork.title')}</PageHeading>
      <p className="lead">{t('knowledgeNetwork.intro')}</p>
      <RequireSignIn>
        {(session) =>
          session.membership ? (
            <KnowledgeNetwork orgId={session.membership.orgId} role={session.membership.role} />
          ) : null
        }
      </RequireSignIn>
    </>
  );
}

function KnowledgeNetwork({ orgId, role }: { orgId: string; role: OrgRole }) {
  const membership = useMembership(orgId);
  const framework = useFramework();
  const mayShare = can(role, 'knowledgeNetwork.share');
  return (
    <QueryState query={membership}>
      {({ sharing }) => (
        <>
          <MembershipSection orgId={orgId} sharing={sharing} mayShare={mayShare} />
          {sharing && (
            <QueryState query={framework}>
              {({ content }) => (
                <>
                  <FindSection orgId={orgId} role={role} content={content} />
                  {mayShare && <ShareSection orgId={orgId} content={content} />}
                  <OwnItemsSection orgId={orgId} mayShare={mayShare} />
                  <CopiesSection orgId={orgId} />
                </>
              )}
            </QueryState>
          )}
        </>
      )}
    </QueryState>
  );
}

function MembershipSection({
  orgId,
  sharing,
  mayShare,
}: {
  orgId: string;
  sharing: boolean;
  mayShare: boolean;
}) {
  const { t } = useTranslation();
  const set = useSetMembership(orgId);
  const { feedback, fail, succeed } = useFormFeedback();
  return (
    <section aria-labelledby="kn-membership">
      <h2 id="kn-membership">{t('knowledgeNetwork.membership.title')}</h2>
      <SectionFeedback feedback={feedback} />
      <p>{sharing ? t('knowledgeNetwork.membership.on') : t('knowledgeNetwork.membership.off')}</p>
      {mayShare ? (
        sharing ? (
          <ConfirmAction
            label={t('knowledgeNetwork.membership.leave')}
            question={t('knowledgeNetwork.membership.leaveQuestion')}
            yes={t('knowledgeNetwork.membership.leaveYes')}
            onConfirm={(done) =>
              set.mutate(false, {
                onSuccess: () => {
                  done();
                  succeed(t('knowledgeNetwork.membership.left'));
                },
                onError: (error) => {
                  done();
                  fail(error);
                },
              })
            }
          />
        ) : (
          <Button
            variant="primary"
            onClick={() =>
              set.mutate(true, {
                onSuccess: () => succeed(t('knowledgeNetwork.membership.joined')),
                onError: fail,
              })
            }
          >
            {t('knowledgeNetwork.membership.join')}
          </Button>
        )
      ) : (
        !sharing && <p>{t('knowledgeNetwork.membership.askAdmin')}</p>
      )}
    </section>
  );
}

function FindSection({ orgId, role, content }: { orgId: string; role: OrgRole; content: Content }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const [draft, setDraft] = useState<SearchFilter>({});
  const [filter, setFilter] = useState<SearchFilter>({});
  const results = useSearch(orgId, filter);
  const place = usePlaceNames(content);
  const copy = useCopy(orgId);
  const { feedback, fail, succeed } = useFormFeedback();
  const step = content.steps.find((s) => s.key === draft.stepKey);
  const phaseName = (key: string) => {
    const phase = content.phases.find((p) => p.key === key);
    return phase ? l(phase.title) : key;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter({ ...draft });
  };
  const mayCopy = (item: SharedItem) =>
    (item.kind === 'activityFormat' && can(role, 'activities.manage')) ||
    (item.kind === 'policyTopic' && can(role, 'roadmap.edit'));
  return (
    <section aria-labelledby="kn-find">
      <h2 id="kn-find">{t('knowledgeNetwork.find.title')}</h2>
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="kn-find">
        <TextField
          id="kn-q"
          label={t('knowledgeNetwork.find.words')}
          hint={t('knowledgeNetwork.find.wordsHint')}
          value={draft.q ?? ''}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          type="search"
        />
        <SelectField
          id="kn-kind"
          label={t('knowledgeNetwork.kindLabel')}
          value={draft.kind ?? ''}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
        >
          <option value="">{t('knowledgeNetwork.find.any')}</option>
          {sharedItemKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`knowledgeNetwork.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="kn-step"
          label={t('knowledgeNetwork.stepLabel')}
          value={draft.stepKey ?? ''}
          onChange={(e) => setDraft({ ...draft, stepKey: e.target.value, itemKey: '' })}
        >
          <option value="">{t('knowledgeNetwork.find.any')}</option>
          {content.steps.map((s) => (
            <option key={s.key} value={s.key}>
              {t('common.step', { number: s.number })}: {l(s.title)}
            </option>
          ))}
        </SelectField>
        {step && (
          <SelectField
            id="kn-item"
            label={t('knowledgeNetwork.itemLabel')}
            value={draft.itemKey ?? ''}
            onChange={(e) => setDraft({ ...draft, itemKey: e.target.value })}
          >
            <option value="">{t('knowledgeNetwork.find.any')}</option>
            {step.items.map((i) => (
              <option key={i.key} value={i.key}>
                {i.number}. {l(i.title)}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          id="kn-phase"
          label={t('knowledgeNetwork.phaseLabel')}
          value={draft.phase ?? ''}
          onChange={(e) => setDraft({ ...draft, phase: e.target.value })}
        >
          <option value="">{t('knowledgeNetwork.find.any')}</option>
          {content.phases.map((p) => (
            <option key={p.key} value={p.key}>
              {l(p.title)}
            </option>
          ))}
        </SelectField>
        <FormActions label={t('knowledgeNetwork.find.submit')} />
      </form>
      <SectionFeedback feedback={feedback} />
      <QueryState query={results}>
        {({ items, total }) =>
          items.length === 0 ? (
            <p role="status">{t('knowledgeNetwork.find.none')}</p>
          ) : (
            <DataTable
              caption={t('knowledgeNetwork.find.caption', { count: total })}
              columns={[
                t('knowledgeNetwork.columns.title'),
                t('knowledgeNetwork.kindLabel'),
                t('knowledgeNetwork.columns.organisation'),
                t('knowledgeNetwork.columns.place'),
                t('knowledgeNetwork.phaseLabel'),
                t('knowledgeNetwork.columns.licence'),
                t('knowledgeNetwork.columns.action'),
              ]}
            >
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    {item.title}
                    {item.summary && <p className="muted">{item.summary}</p>}
                  </th>
                  <td>
                    {t(`knowledgeNetwork.kinds.${item.kind}`)}
                    {item.audience.length > 0 && (
                      <p className="muted">
                        {t('knowledgeNetwork.audienceFor', {
                          audience: item.audience.map((a) => t(`knowledgeNetwork.audiences.${a}`)).join(', '),
                        })}
                      </p>
                    )}
                  </td>
                  <td>{item.ownerName}</td>
                  <td>{place(item)}</td>
                  <td>{item.phases.map(phaseName).join(', ') || '—'}</td>
                  <td>
                    {item.licence}
                    <p className="muted">
                      {t('knowledgeNetwork.versionOf', { number: item.contentVersion })}
                    </p>
                  </td>
                  <td>
                    {(sharedDocumentKinds as readonly string[]).includes(item.kind) && (
                      <a href={sharedFileUrl(orgId, item.id)} download>
                        {t('knowledgeNetwork.download')}
                        <span className="visually-hidden"> {item.title}</span>
                      </a>
                    )}
                    {mayCopy(item) && (
                      <Button
                        onClick={() =>
                          copy.mutate(item, {
                            onSuccess: (made) =>
                              succeed(
                                t(`knowledgeNetwork.copied.${made.target}`, {
                                  title: made.title,
                                  from: made.fromName,
                                }),
                              ),
                            onError: fail,
                          })
                        }
                      >
                        {t(`knowledgeNetwork.copy.${item.kind}`)}
                        <span className="visually-hidden"> {item.title}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}

/** The warning before sharing: names of the organisation's own people, or a file not read. */
function NameWarning({ found, onConfirm }: { found: NamesFound; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p>
        <strong>{t('knowledgeNetwork.names.title')}</strong>
      </p>
      {found.names.length > 0 && (
        <p>{t('knowledgeNetwork.names.found', { names: found.names.join(', ') })}</p>
      )}
      {!found.textChecked && <p>{t('knowledgeNetwork.names.notRead')}</p>}
      <p>{t('knowledgeNetwork.names.check')}</p>
      <Button variant="primary" onClick={onConfirm}>
        {t('knowledgeNetwork.names.confirm')}
      </Button>
    </div>
  );
}

type CommonFields = { title: string; summary: string; licence: string; stepKey: string; itemKey: string };
const emptyCommon: CommonFields = {
  title: '',
  summary: '',
  licence: defaultLicence,
  stepKey: '',
  itemKey: '',
};

function CommonFieldsBlock({
  prefix,
  content,
  value,
  onChange,
  errors,
}: {
  prefix: string;
  content: Content;
  value: CommonFields;
  onChange: (value: CommonFields) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${prefix}-title`}
        label={t('knowledgeNetwork.columns.title')}
        value={value.title}
        onChange={(e) => onChange({ ...value, title: e.target.value })}
        required
        error={errors.title}
      />
      <TextAreaField
        id={`${prefix}-summary`}
        label={t('knowledgeNetwork.share.summary')}
        hint={t('knowledgeNetwork.share.summaryHint')}
        value={value.summary}
        onChange={(e) => onChange({ ...value, summary: e.target.value })}
      />
      <TextField
        id={`${prefix}-licence`}
        label={t('knowledgeNetwork.columns.licence')}
        hint={t('knowledgeNetwork.share.licenceHint')}
        value={value.licence}
        onChange={(e) => onChange({ ...value, licence: e.target.value })}
        required
        error={errors.licence}
      />
      <PlaceFields
        prefix={prefix}
        content={content}
        stepKey={value.stepKey}
        itemKey={value.itemKey}
        onChange={(stepKey, itemKey) => onChange({ ...value, stepKey, itemKey })}
      />
    </>
  );
}

const place = (value: CommonFields) => ({
  title: value.title,
  summary: value.summary,
  licence: value.licence,
  stepKey: value.stepKey || null,
  itemKey: value.itemKey || null,
});

function ShareSection({ orgId, content }: { orgId: string; content: Content }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="kn-share">
      <h2 id="kn-share">{t('knowledgeNetwork.share.title')}</h2>
      <p>{t('knowledgeNetwork.share.intro')}</p>
      <ShareDocumentForm orgId={orgId} content={content} />
      <ShareFormatForm orgId={orgId} content={content} />
    </section>
  );
}

/**
 * A share form's feedback and the names warning: a 422 from the server shows the warning (whose
 * button sends again with `confirmNames`), any other problem the form's message.
 */
function useShareForm() {
  const form = useFormFeedback();
  const [warning, setWarning] = useState<NamesFound | null>(null);
  const handlers = (done: () => void) => ({
    onSuccess: done,
    onError: (error: Error) => {
      const found = namesFoundIn(error);
      if (found) setWarning(found);
      else form.fail(error);
    },
  });
  return { form, warning, clearWarning: () => setWarning(null), handlers };
}

function ShareDocumentForm({ orgId, content }: { orgId: string; content: Content }) {
  const { t } = useTranslation();
  const share = useShareDocument(orgId);
  const { form, warning, clearWarning, handlers } = useShareForm();
  const [kind, setKind] = useState<string>('visionDocument');
  const [value, setValue] = useState<CommonFields>(emptyCommon);
  const [file, setFile] = useState<File | null>(null);
  const fields = {
    title: { id: 'kn-doc-title', label: t('knowledgeNetwork.columns.title') },
    licence: { id: 'kn-doc-licence', label: t('knowledgeNetwork.columns.licence') },
    file: { id: 'kn-doc-file', label: t('knowledgeNetwork.share.file') },
  };
  const send = (confirmNames: boolean) => {
    if (!file) return;
    clearWarning();
    share.mutate(
      { input: { kind, ...place(value), confirmNames }, file },
      handlers(() => {
        setValue(emptyCommon);
        setFile(null);
        form.succeed(t('knowledgeNetwork.share.done', { title: value.title }));
      }),
    );
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (share.isPending) return;
    const ok = form.check({
      title: !value.title.trim() && t('knowledgeNetwork.errors.titleRequired'),
      licence: !value.licence.trim() && t('knowledgeNetwork.errors.licenceRequired'),
      file: !file && t('knowledgeNetwork.errors.fileRequired'),
    });
    if (ok) send(false);
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="kn-doc">
      <h3 id="kn-doc">{t('knowledgeNetwork.share.documentTitle')}</h3>
      <SectionFeedback feedback={form.feedback} fields={fields} />
      <SelectField
        id="kn-doc-kind"
        label={t('knowledgeNetwork.kindLabel')}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
      >
        {sharedDocumentKinds.map((k) => (
          <option key={k} value={k}>
            {t(`knowledgeNetwork.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <CommonFieldsBlock
        prefix="kn-doc"
        content={content}
        value={value}
        onChange={setValue}
        errors={form.problem?.fields ?? {}}
      />
      <TextField
        id="kn-doc-file"
        type="file"
        className="input--file"
        label={fields.file.label}
        hint={t('knowledgeNetwork.share.fileHint')}
        accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        required
        error={form.problem?.fields.file}
      />
      {warning && <NameWarning found={warning} onConfirm={() => send(true)} />}
      <FormActions label={t('knowledgeNetwork.share.submit')} pending={share.isPending} />
    </form>
  );
}

function ShareFormatForm({ orgId, content }: { orgId: string; content: Content }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const share = useSharePractice(orgId);
  const { form, warning, clearWarning, handlers } = useShareForm();
  const [value, setValue] = useState<CommonFields>(emptyCommon);
  const [phases, setPhases] = useState<string[]>([]);
  const [audience, setAudience] = useState<string[]>([]);
  const fields = {
    title: { id: 'kn-format-title', label: t('knowledgeNetwork.columns.title') },
    licence: { id: 'kn-format-licence', label: t('knowledgeNetwork.columns.licence') },
    phases: { id: 'kn-format-phases', label: t('knowledgeNetwork.phaseLabel') },
    audience: { id: 'kn-format-audience', label: t('knowledgeNetwork.share.audience') },
  };
  const toggle = (list: string[], value: string, checked: boolean) =>
    checked ? [...list, value] : list.filter((v) => v !== value);
  const send = (confirmNames: boolean) => {
    clearWarning();
    share.mutate(
      { kind: 'activityFormat', ...place(value), phases, audience, confirmNames },
      handlers(() => {
        setValue(emptyCommon);
        setPhases([]);
        setAudience([]);
        form.succeed(t('knowledgeNetwork.share.done', { title: value.title }));
      }),
    );
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (share.isPending) return;
    const ok = form.check({
      title: !value.title.trim() && t('knowledgeNetwork.errors.titleRequired'),
      licence: !value.licence.trim() && t('knowledgeNetwork.errors.licenceRequired'),
      phases: phases.length === 0 && t('knowledgeNetwork.errors.phaseRequired'),
      audience: audience.length === 0 && t('knowledgeNetwork.errors.audienceRequired'),
    });
    if (ok) send(false);
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="kn-format">
      <h3 id="kn-format">{t('knowledgeNetwork.share.formatTitle')}</h3>
      <SectionFeedback feedback={form.feedback} fields={fields} />
      <CommonFieldsBlock
        prefix="kn-format"
        content={content}
        value={value}
        onChange={setValue}
        errors={form.problem?.fields ?? {}}
      />
      <ChoiceGroup
        id="kn-format-phases"
        name="phases"
        legend={t('knowledgeNetwork.phaseLabel')}
        type="checkbox"
        options={content.phases.map((p) => ({ value: p.key, label: l(p.title) }))}
        selected={phases}
        onChange={(v, checked) => setPhases(toggle(phases, v, checked))}
        error={form.problem?.fields.phases}
      />
      <ChoiceGroup
        id="kn-format-audience"
        name="audience"
        legend={t('knowledgeNetwork.share.audience')}
        type="checkbox"
        options={activityAudiences.map((a) => ({ value: a, label: t(`knowledgeNetwork.audiences.${a}`) }))}
        selected={audience}
        onChange={(v, checked) => setAudience(toggle(audience, v, checked))}
        error={form.problem?.fields.audience}
        inline
      />
      {warning && <NameWarning found={warning} onConfirm={() => send(true)} />}
      <FormActions label={t('knowledgeNetwork.share.submit')} pending={share.isPending} />
    </form>
  );
}

function OwnItemsSection({ orgId, mayShare }: { orgId: string; mayShare: boolean }) {
  const { t } = useTranslation();
  const own = useOwnItems(orgId);
  const withdraw = useWithdraw(orgId);
  const { feedback, fail, succeed } = useFormFeedback();
  return (
    <section aria-labelledby="kn-own">
      <h2 id="kn-own">{t('knowledgeNetwork.own.title')}</h2>
      <SectionFeedback feedback={feedback} />
      <QueryState query={own}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('knowledgeNetwork.own.none')}</p>
          ) : (
            <DataTable
              caption={t('knowledgeNetwork.own.title')}
              hideCaption
              columns={[
                t('knowledgeNetwork.columns.title'),
                t('knowledgeNetwork.kindLabel'),
                t('knowledgeNetwork.own.status'),
                t('knowledgeNetwork.columns.action'),
              ]}
            >
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.title}</th>
                  <td>{t(`knowledgeNetwork.kinds.${item.kind}`)}</td>
                  <td>
                    {t(`knowledgeNetwork.statuses.${item.status}`)}
                    <p className="muted">
                      {t('knowledgeNetwork.versionOf', { number: item.contentVersion })}
                    </p>
                  </td>
                  <td>
                    {mayShare && item.status === 'shared' && (
                      <ConfirmAction
                        label={
                          <>
                            {t('knowledgeNetwork.own.withdraw')}
                            <span className="visually-hidden"> {item.title}</span>
                          </>
                        }
                        question={t('knowledgeNetwork.own.withdrawQuestion', { title: item.title })}
                        yes={t('knowledgeNetwork.own.withdrawYes')}
                        onConfirm={(done) =>
                          withdraw.mutate(item, {
                            onSuccess: () => {
                              done();
                              succeed(t('knowledgeNetwork.own.withdrawn', { title: item.title }));
                            },
                            onError: (error) => {
                              done();
                              fail(error);
                            },
                          })
                        }
                      />
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}

function CopiesSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const copies = useCopies(orgId);
  return (
    <section aria-labelledby="kn-copies">
      <h2 id="kn-copies">{t('knowledgeNetwork.copies.title')}</h2>
      <QueryState query={copies}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('knowledgeNetwork.copies.none')}</p>
          ) : (
            <ul>
              {list.map((copy) => (
                <li key={copy.id}>
                  {t(`knowledgeNetwork.copies.${copy.target}`, { title: copy.title, from: copy.fromName })}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
