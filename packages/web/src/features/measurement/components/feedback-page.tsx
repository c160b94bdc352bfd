import { can, feedbackIntroMaxLength, type InstrumentContent } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField } from '../../../components/form-field.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { conflictCurrent } from '../../../lib/conflict.ts';
import { formatDay, formatMean } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { orgPath } from '../../../lib/org-path.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useFramework } from '../../framework/api/get-framework.ts';
import { useWaveFeedback, type WaveFeedback } from '../api/get-feedback.ts';
import { useSaveFeedback } from '../api/save-feedback.ts';
import { WithInstrument } from './results-page.tsx';
import { feedbackListPath, perspectiveName } from './words.ts';

/**
 * The terugkoppeling of one wave, as staff read it: thanks, who took part, what came out for the
 * whole organisation, and what we are going to do. Whoever runs measurements writes and publishes it
 * here; the guide asks to tell people what was done with what they gave.
 */
export function FeedbackContent({ membership }: { membership: Membership }) {
  const { waveId = '' } = useParams();
  const { t } = useTranslation();
  const feedback = useWaveFeedback(membership.orgId, waveId);
  const manage = can(membership.role, 'measurement.manage');
  return (
    <>
      <p>
        <Link to={feedbackListPath}>{t('measurement.feedback.back')}</Link>
      </p>
      <QueryState query={feedback}>
        {(data) => (
          <>
            {manage && <FeedbackEditor orgId={membership.orgId} data={data} />}
            {data.publishedAt && (
              <p>
                <a href={`${orgPath(membership.orgId, 'waves', waveId, 'feedback.pdf')}`} download>
                  {t('measurement.feedback.downloadPdf')}
                </a>
              </p>
            )}
            <WithInstrument version={data.wave.instrumentVersion}>
              {(instrument) => <FeedbackSummary data={data} instrument={instrument} />}
            </WithInstrument>
          </>
        )}
      </QueryState>
    </>
  );
}

/** What staff read: the same for everyone, the whole organisation only. */
function FeedbackSummary({ data, instrument }: { data: WaveFeedback; instrument: InstrumentContent }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const framework = useFramework();
  const stepName = (stepKey: string) => {
    const step = framework.data?.content.steps.find((s) => s.key === stepKey);
    return step ? t('measurement.items.stepName', { number: step.number, title: l(step.title) }) : stepKey;
  };
  const scaleTitle = (key: string) => {
    const scale = instrument.scales.find((s) => s.key === key);
    return scale ? l(scale.title) : key;
  };
  return (
    <article aria-labelledby="feedback-wave-title">
      <h2 id="feedback-wave-title">{data.wave.title}</h2>
      {data.intro ? (
        data.intro.split(/\n+/).map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in their order
          <p key={index}>{paragraph}</p>
        ))
      ) : (
        <p className="notice">{t('measurement.feedback.noIntroYet')}</p>
      )}
      <h3>{t('measurement.feedback.whoTookPart')}</h3>
      <p>
        {t('measurement.feedback.tookPart', {
          groups: data.perspectives.map((p) => perspectiveName(p, t)).join(', '),
        })}{' '}
        {data.responseCount === null
          ? t('measurement.feedback.countHidden')
          : t('measurement.feedback.count', { count: data.responseCount })}
      </p>
      <h3>{t('measurement.feedback.whatCameOut')}</h3>
      <OrNone items={data.scales} none={t('measurement.feedback.nothingShown')}>
        <DataTable
          caption={t('measurement.feedback.scalesCaption')}
          columns={columnsUnder(t, 'measurement.results', ['scale', { figure: 'mean' }])}
        >
          {data.scales.map((scale) => (
            <tr key={scale.scaleKey}>
              <th scope="row">{scaleTitle(scale.scaleKey)}</th>
              <td className="table__number">
                {scale.mean === null ? t('measurement.results.noFigure') : formatMean(scale.mean, locale)}
              </td>
            </tr>
          ))}
        </DataTable>
      </OrNone>
      <p className="table__note">{t('measurement.feedback.anonymous')}</p>
      <h3>{t('measurement.feedback.whatWeDo')}</h3>
      <OrNone items={data.goals} none={t('measurement.feedback.noGoals')}>
        <ul>
          {data.goals.map((goal) => (
            <li key={goal.id}>
              {goal.title} ({stepName(goal.stepKey)}
              {goal.deadline &&
                `, ${t('measurement.feedback.deadline', { date: formatDay(goal.deadline, locale) })}`}
              )
            </li>
          ))}
        </ul>
      </OrNone>
    </article>
  );
}

/** Writing and publishing: the first save publishes; later saves correct the text. */
function FeedbackEditor({ orgId, data }: { orgId: string; data: WaveFeedback }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveFeedback();
  const { feedback, setFeedback, fail, check } = useFormFeedback();
  const [base, setBase] = useState({ version: data.version, intro: data.intro });
  const field = { id: 'feedback-intro', label: t('measurement.feedback.introLabel') };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const intro = String(new FormData(event.currentTarget).get('intro') ?? '').trim();
    if (
      !check({
        intro:
          (!intro && t('measurement.feedback.introRequired')) ||
          (intro.length > feedbackIntroMaxLength &&
            t('measurement.feedback.introTooLong', { max: feedbackIntroMaxLength })),
      })
    )
      return;
    save.mutate(
      { orgId, waveId: data.wave.id, feedback: { intro, version: base.version } },
      {
        onSuccess: (saved) => {
          setBase({ version: saved.version, intro: saved.intro });
          setFeedback({
            kind: 'success',
            text: t(data.publishedAt ? 'measurement.feedback.saved' : 'measurement.feedback.published'),
            focus: true,
          });
        },
        onError: (error) => {
          const current = conflictCurrent<WaveFeedback>(error);
          if (current) setBase({ version: current.version, intro: current.intro });
          fail(error);
        },
      },
    );
  };

  return (
    <Section id="feedback-editor-title" title={t('measurement.feedback.editorTitle')}>
      <p className="notice">
        {data.publishedAt
          ? t('measurement.feedback.givenOn', { date: formatDay(data.publishedAt.slice(0, 10), locale) })
          : t('measurement.feedback.todo')}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <SectionFeedback feedback={feedback} fields={{ intro: field }} />
        <TextAreaField
          key={base.version}
          id={field.id}
          name="intro"
          label={field.label}
          hint={t('measurement.feedback.introHint')}
          defaultValue={base.intro ?? t('measurement.feedback.introDefault')}
          rows={8}
          error={problem?.fields.intro}
        />
        <FormActions
          label={t(data.publishedAt ? 'measurement.feedback.save' : 'measurement.feedback.publish')}
          pending={save.isPending}
        />
      </form>
    </Section>
  );
}
