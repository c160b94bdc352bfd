import {
  activityAudiences,
  can,
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
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useLocalized } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type FrameworkVersion, useFramework } from '../../framework/api/get-framework.ts';
import {
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
import { CommonFieldsBlock, NameWarning, useShareForm } from './share-form.tsx';

type Content = FrameworkVersion['content'];

/** The kennisnetwerk: take part, find what other members share, share your own, withdraw it. */
export function KnowledgeNetwork({ membership: { orgId, role } }: { membership: Membership }) {
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
  const { feedback, fail, succeed, afterConfirm } = useFormFeedback();
  return (
    <Section id="kn-membership" title={t('knowledgeNetwork.membership.title')}>
      <SectionFeedback feedback={feedback} />
      <p>{sharing ? t('knowledgeNetwork.membership.on') : t('knowledgeNetwork.membership.off')}</p>
      {mayShare ? (
        sharing ? (
          <ConfirmAction
            label={t('knowledgeNetwork.membership.leave')}
            question={t('knowledgeNetwork.membership.leaveQuestion')}
            yes={t('knowledgeNetwork.membership.leaveYes')}
            onConfirm={(done) => set.mutate(false, afterConfirm(done, t('knowledgeNetwork.membership.left')))}
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
    </Section>
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
    <Section id="kn-find" title={t('knowledgeNetwork.find.title')}>
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
          <Options
            values={sharedItemKinds}
            none={t('knowledgeNetwork.find.any')}
            label={(kind) => t(`knowledgeNetwork.kinds.${kind}`)}
          />
        </SelectField>
        <PlaceFields
          prefix="kn"
          content={content}
          stepKey={draft.stepKey ?? ''}
          itemKey={draft.itemKey ?? ''}
          onChange={(stepKey, itemKey) => setDraft({ ...draft, stepKey, itemKey })}
          none={t('knowledgeNetwork.find.any')}
        />
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
    </Section>
  );
}

function ShareSection({ orgId, content }: { orgId: string; content: Content }) {
  const { t } = useTranslation();
  return (
    <Section id="kn-share" title={t('knowledgeNetwork.share.title')}>
      <p>{t('knowledgeNetwork.share.intro')}</p>
      <ShareDocumentForm orgId={orgId} content={content} />
      <ShareFormatForm orgId={orgId} content={content} />
    </Section>
  );
}

function ShareDocumentForm({ orgId, content }: { orgId: string; content: Content }) {
  const { t } = useTranslation();
  const share = useShareDocument(orgId);
  const [kind, setKind] = useState<string>('visionDocument');
  const [file, setFile] = useState<File | null>(null);
  const { form, fields, onSubmit, common, warning, confirmNames } = useShareForm({
    prefix: 'kn-doc',
    share,
    input: (input) => (file ? { input: { kind, ...input }, file } : undefined),
    checks: { file: !file && t('knowledgeNetwork.errors.fileRequired') },
    reset: () => setFile(null),
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="kn-doc">
      <h3 id="kn-doc">{t('knowledgeNetwork.share.documentTitle')}</h3>
      <SectionFeedback
        feedback={form.feedback}
        fields={{ ...fields, file: { id: 'kn-doc-file', label: t('knowledgeNetwork.share.file') } }}
      />
      <SelectField
        id="kn-doc-kind"
        label={t('knowledgeNetwork.kindLabel')}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
      >
        <Options values={sharedDocumentKinds} label={(k) => t(`knowledgeNetwork.kinds.${k}`)} />
      </SelectField>
      <CommonFieldsBlock content={content} common={common} />
      <TextField
        id="kn-doc-file"
        type="file"
        className="input--file"
        label={t('knowledgeNetwork.share.file')}
        hint={t('knowledgeNetwork.share.fileHint')}
        accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        required
        error={form.problem?.fields.file}
      />
      {warning && <NameWarning found={warning} onConfirm={confirmNames} />}
      <FormActions label={t('knowledgeNetwork.share.submit')} pending={share.isPending} />
    </form>
  );
}

function ShareFormatForm({ orgId, content }: { orgId: string; content: Content }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const share = useSharePractice(orgId);
  const [phases, setPhases] = useState<string[]>([]);
  const [audience, setAudience] = useState<string[]>([]);
  const { form, fields, onSubmit, common, warning, confirmNames } = useShareForm({
    prefix: 'kn-format',
    share,
    input: (input) => ({ kind: 'activityFormat' as const, ...input, phases, audience }),
    checks: {
      phases: phases.length === 0 && t('knowledgeNetwork.errors.phaseRequired'),
      audience: audience.length === 0 && t('knowledgeNetwork.errors.audienceRequired'),
    },
    reset: () => {
      setPhases([]);
      setAudience([]);
    },
  });
  const toggle = (list: string[], value: string, checked: boolean) =>
    checked ? [...list, value] : list.filter((v) => v !== value);
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="kn-format">
      <h3 id="kn-format">{t('knowledgeNetwork.share.formatTitle')}</h3>
      <SectionFeedback
        feedback={form.feedback}
        fields={{
          ...fields,
          phases: { id: 'kn-format-phases', label: t('knowledgeNetwork.phaseLabel') },
          audience: { id: 'kn-format-audience', label: t('knowledgeNetwork.share.audience') },
        }}
      />
      <CommonFieldsBlock content={content} common={common} />
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
      {warning && <NameWarning found={warning} onConfirm={confirmNames} />}
      <FormActions label={t('knowledgeNetwork.share.submit')} pending={share.isPending} />
    </form>
  );
}

function OwnItemsSection({ orgId, mayShare }: { orgId: string; mayShare: boolean }) {
  const { t } = useTranslation();
  const own = useOwnItems(orgId);
  const withdraw = useWithdraw(orgId);
  const { feedback, afterConfirm } = useFormFeedback();
  return (
    <Section id="kn-own" title={t('knowledgeNetwork.own.title')}>
      <SectionFeedback feedback={feedback} />
      <QueryState query={own} none={t('knowledgeNetwork.own.none')}>
        {(items) => (
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
                  <p className="muted">{t('knowledgeNetwork.versionOf', { number: item.contentVersion })}</p>
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
                        withdraw.mutate(
                          item,
                          afterConfirm(done, t('knowledgeNetwork.own.withdrawn', { title: item.title })),
                        )
                      }
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Section>
  );
}

function CopiesSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const copies = useCopies(orgId);
  return (
    <Section id="kn-copies" title={t('knowledgeNetwork.copies.title')}>
      <QueryState query={copies} none={t('knowledgeNetwork.copies.none')}>
        {(list) => (
          <ul>
            {list.map((copy) => (
              <li key={copy.id}>
                {t(`knowledgeNetwork.copies.${copy.target}`, { title: copy.title, from: copy.fromName })}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Section>
  );
}
