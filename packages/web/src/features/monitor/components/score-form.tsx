import { monitorLevels, monitorRationaleMaxLength } from '@derde-bron/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField, TextField } from '../../../components/form-field.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useSaveScore } from '../api/change-monitor.ts';
import type { MonitorScore } from '../api/get-round.ts';
import { levelLabel } from './words.ts';

type Props = {
  orgId: string;
  roundId: string;
  subjectKey: string;
  /** The question or statement scored, which is also the group's legend. */
  label: string;
  current: MonitorScore | undefined;
  canEdit: boolean;
};

const isWebAddress = (value: string) => /^https?:\/\/\S+$/.test(value);

/** One score of the team: a level of 1–4, why, and links to what shows it. */
export function ScoreForm(props: Props) {
  // What the last save said outlives the form, which starts afresh from every saved version.
  const form = useFormFeedback();
  if (!props.canEdit) return <ReadOnly {...props} />;
  return (
    <div className="monitor-score">
      <SectionFeedback feedback={form.feedback} />
      <Editable key={props.current?.version ?? 0} {...props} form={form} />
    </div>
  );
}

function ReadOnly({ label, current }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="monitor-score">
      <p>
        <strong>{label}</strong>
      </p>
      <p>
        {t('monitor.score.level')}: {levelLabel(current?.score, locale)}
      </p>
      {current?.rationale && <p>{current.rationale}</p>}
      <EvidenceList evidence={current?.evidence ?? []} />
    </div>
  );
}

function EvidenceList({ evidence }: { evidence: MonitorScore['evidence'] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <ul aria-label={t('monitor.score.evidence')}>
      {evidence.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="noopener noreferrer" target="_blank">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Editable({
  orgId,
  roundId,
  subjectKey,
  label,
  current,
  form,
}: Props & { form: ReturnType<typeof useFormFeedback> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveScore();
  const { fail, check, succeed } = form;
  const id = `score-${subjectKey.replace(':', '-')}`;
  const fields = {
    score: { id: `${id}-level`, label: t('monitor.score.level') },
    rationale: { id: `${id}-rationale`, label: t('monitor.score.rationale') },
    linkTitle: { id: `${id}-link-title`, label: t('monitor.score.linkTitle') },
    linkUrl: { id: `${id}-link-url`, label: t('monitor.score.linkUrl') },
  };
  const { values, set, bind } = useFieldValues(
    fields,
    {
      score: current?.score ? String(current.score) : '',
      rationale: current?.rationale ?? '',
      linkTitle: '',
      linkUrl: '',
    },
    form.problem,
  );
  const { score, rationale, linkTitle, linkUrl } = values;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const title = linkTitle.trim();
    const url = linkUrl.trim();
    const ok = check({
      rationale:
        rationale.trim().length > monitorRationaleMaxLength &&
        t('monitor.score.rationaleTooLong', { max: monitorRationaleMaxLength }),
      linkTitle: !title && url !== '' && t('monitor.score.linkTitleRequired'),
      linkUrl: url !== '' && !isWebAddress(url) && t('monitor.score.linkUrlInvalid'),
    });
    if (!ok || save.isPending) return;
    const evidence = [...(current?.evidence ?? []), ...(url ? [{ title, url }] : [])];
    save
      .mutateAsync({
        orgId,
        roundId,
        subjectKey,
        version: current?.version ?? 0,
        score: score ? Number(score) : null,
        rationale: rationale.trim(),
        evidence,
      })
      // A 409 says in the server's words that someone saved first; the round reloads with it.
      .then(() => succeed(t('monitor.score.saved'), false), fail);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ChoiceGroup
        id={fields.score.id}
        name={`${id}-level`}
        legend={label}
        type="radio"
        inline
        options={monitorLevels.map((level) => ({ value: String(level), label: levelLabel(level, locale) }))}
        selected={[score]}
        onChange={(value) => set('score', value)}
        hint={t('monitor.score.hint')}
      />
      <TextAreaField
        {...bind('rationale')}
        hint={t('monitor.score.rationaleHint', { max: monitorRationaleMaxLength })}
      />
      <EvidenceList evidence={current?.evidence ?? []} />
      <TextField {...bind('linkTitle')} />
      <TextField {...bind('linkUrl')} type="url" />
      <FormActions label={t('monitor.score.save')} hiddenLabel={label} pending={save.isPending} />
      {current && <p className="muted">{t('monitor.score.lastSaved', { name: current.updatedByName })}</p>}
    </form>
  );
}
