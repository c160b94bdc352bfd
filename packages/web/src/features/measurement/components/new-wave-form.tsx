import {
  newWavePerspectives as allPerspectives,
  minimumCellSize,
  minimumSensitiveCellSize,
  type Perspective,
} from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { NumberField, TextField } from '../../../components/form-field.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { addDays, today } from '../../../lib/format.ts';
import { bindFields } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useRetention } from '../../operations/api/get-retention.ts';
import { type CreateWaveInput, useCreateWave } from '../api/create-wave.ts';
import type { Wave, WaveKind } from '../api/get-waves.ts';
import { wavePath } from './words.ts';

const kinds: WaveKind[] = ['baseline', 'followUp'];
const maxMinCell = 50;
const maxMinSensitiveCell = 100;

type Draft = {
  title: string;
  kind: WaveKind;
  opensOn: string;
  closesOn: string;
  perspectives: Perspective[];
  minCell: string;
  minSensitiveCell: string;
};

const freshDraft = (hasWaves: boolean): Draft => ({
  title: '',
  kind: hasWaves ? 'followUp' : 'baseline',
  opensOn: today(),
  closesOn: addDays(today(), 21),
  perspectives: [...allPerspectives],
  minCell: String(minimumCellSize),
  minSensitiveCell: String(minimumSensitiveCellSize),
});

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN);

/** "Nieuwe meting plannen": title, kind, first and last day, who takes part, and the thresholds. */
export function NewWaveForm({
  orgId,
  hasWaves,
  hasBaseline = false,
}: {
  orgId: string;
  hasWaves: boolean;
  /** A 0-meting is planned already: choosing another one warns before it is planned. */
  hasBaseline?: boolean;
}) {
  const { t } = useTranslation();
  const retention = useRetention();
  const create = useCreateWave();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { feedback, setFeedback, fail, check } = useFormFeedback();
  const [created, setCreated] = useState<Wave | null>(null);
  const current = draft ?? freshDraft(hasWaves);
  const change = (part: Partial<Draft>) => setDraft({ ...current, ...part });
  const fields = {
    title: { id: 'new-wave-title', label: t('measurement.newWave.name') },
    kind: { id: 'new-wave-kind', label: t('measurement.newWave.kind') },
    opensOn: { id: 'new-wave-opens', label: t('measurement.newWave.opensOn') },
    closesOn: { id: 'new-wave-closes', label: t('measurement.newWave.closesOn') },
    perspectives: { id: 'new-wave-perspectives', label: t('measurement.newWave.perspectives') },
    minCell: { id: 'new-wave-min-cell', label: t('measurement.newWave.minCell') },
    minSensitiveCell: { id: 'new-wave-min-sensitive', label: t('measurement.newWave.minSensitiveCell') },
  };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  const bind = bindFields(fields, current, (name, value) => change({ [name]: value }), problem);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const title = current.title.trim();
    const minCell = wholeNumber(current.minCell);
    const minSensitiveCell = wholeNumber(current.minSensitiveCell);
    if (
      !check({
        title:
          (!title && t('measurement.errors.titleRequired')) ||
          (title.length > 200 && t('measurement.errors.titleTooLong')),
        opensOn: !isDay(current.opensOn) && t('measurement.errors.dayRequired'),
        closesOn:
          (!isDay(current.closesOn) && t('measurement.errors.dayRequired')) ||
          (isDay(current.opensOn) &&
            current.closesOn < current.opensOn &&
            t('measurement.errors.closesBeforeOpens')),
        minCell:
          !(minCell >= minimumCellSize && minCell <= maxMinCell) &&
          t('measurement.errors.minCell', { min: minimumCellSize, max: maxMinCell }),
        minSensitiveCell:
          !(minSensitiveCell >= minimumSensitiveCellSize && minSensitiveCell <= maxMinSensitiveCell) &&
          t('measurement.errors.minSensitiveCell', {
            min: minimumSensitiveCellSize,
            max: maxMinSensitiveCell,
          }),
      })
    )
      return;
    const input: CreateWaveInput = {
      orgId,
      title,
      kind: current.kind,
      opensOn: current.opensOn,
      closesOn: current.closesOn,
      // In the domain's order, whatever order they were ticked in.
      perspectives: allPerspectives.filter((p) => current.perspectives.includes(p)),
      minCell,
      minSensitiveCell,
    };
    create.mutate(input, {
      onSuccess: (wave) => {
        setDraft(null);
        setCreated(wave);
        setFeedback({
          kind: 'success',
          // The server's warning, if any, in the same message: it is read out with it.
          text: [t('measurement.newWave.created', { title: wave.title }), wave.warning]
            .filter(Boolean)
            .join(' '),
          focus: true,
        });
      },
      onError: (error) => fail(error),
    });
  };

  return (
    <Section id="new-wave-title-heading" title={t('measurement.newWave.title')}>
      <p>{t('measurement.newWave.intro')}</p>
      {retention && <p>{t('measurement.newWave.retention', { count: retention.answers })}</p>}
      <SectionFeedback feedback={feedback} fields={fields} />
      {feedback?.kind === 'success' && created && (
        <p>
          <Link to={wavePath(created.id)}>{t('measurement.newWave.openWave', { title: created.title })}</Link>
        </p>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="new-wave-title-heading">
        <TextField
          {...bind('title')}
          hint={t('measurement.newWave.nameHint')}
          autoComplete="off"
          maxLength={200}
          required
        />
        <ChoiceGroup
          id={fields.kind.id}
          name="kind"
          type="radio"
          legend={fields.kind.label}
          error={problem?.fields.kind}
          options={kinds.map((kind) => ({ value: kind, label: t(`measurement.kindChoice.${kind}`) }))}
          selected={[current.kind]}
          onChange={(value) => change({ kind: value as WaveKind })}
        />
        {hasBaseline && current.kind === 'baseline' && (
          <p className="notice" id="new-wave-second-baseline">
            {t('measurement.newWave.secondBaselineAhead')}
          </p>
        )}
        <TextField {...bind('opensOn')} type="date" className="input--date" required />
        <TextField
          {...bind('closesOn')}
          type="date"
          className="input--date"
          hint={t('measurement.newWave.closesOnHint')}
          required
        />
        {/* From instrument v2 everyone answers as one group: small groups get no anonymous group of their own. */}
        <div className="field" id={fields.perspectives.id}>
          <p className="field__label">{fields.perspectives.label}</p>
          <p>{t('measurement.newWave.perspectivesAll')}</p>
        </div>
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('measurement.newWave.thresholdsTitle')}</legend>
          <p className="field__hint">{t('measurement.newWave.thresholdsIntro')}</p>
          <p className="notice notice--compact">
            <strong>{t('measurement.newWave.thresholdsFixed')}</strong>
          </p>
          <NumberField
            {...bind('minCell')}
            type="number"
            min={minimumCellSize}
            max={maxMinCell}
            hint={t('measurement.newWave.minCellHint', { min: minimumCellSize })}
          />
          <NumberField
            {...bind('minSensitiveCell')}
            type="number"
            min={minimumSensitiveCellSize}
            max={maxMinSensitiveCell}
            hint={t('measurement.newWave.minSensitiveCellHint', { min: minimumSensitiveCellSize })}
          />
        </fieldset>
        <FormActions label={t('measurement.newWave.submit')} pending={create.isPending} />
      </form>
    </Section>
  );
}
