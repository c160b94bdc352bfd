import { type MonitorRoundKind, monitorRoundKinds } from '@derde-bron/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay, today } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormMutation } from '../../../lib/use-form-mutation.ts';
import { useStartRound } from '../api/change-monitor.ts';
import type { MonitorRound } from '../api/get-monitor.ts';
import { roundPath } from './words.ts';

/** The begin- and eind-metingen so far, and starting the next one. */
export function RoundsSection({
  orgId,
  rounds,
  canEdit,
}: {
  orgId: string;
  rounds: MonitorRound[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="monitor-rounds-title" title={t('monitor.rounds.title')}>
      <p>{t('monitor.rounds.intro')}</p>
      <OrNone items={rounds} none={t('monitor.rounds.none')}>
        <DataTable
          caption={t('monitor.rounds.caption')}
          hideCaption
          columns={columnsUnder(t, 'monitor.rounds', ['round', 'heldOn', 'scored', 'state'])}
        >
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <Link to={roundPath(round.id)}>
                  {t(`monitor.kinds.${round.kind}`)} {t('monitor.rounds.cycle', { cycle: round.cycle })}
                </Link>
              </th>
              <td>{formatDay(round.heldOn, locale)}</td>
              <td className="table__number">{round.scored}</td>
              <td>{round.closedAt ? t('monitor.rounds.closed') : t('monitor.rounds.open')}</td>
            </tr>
          ))}
        </DataTable>
      </OrNone>
      {canEdit && <StartRoundForm orgId={orgId} rounds={rounds} />}
    </Section>
  );
}

function StartRoundForm({ orgId, rounds }: { orgId: string; rounds: MonitorRound[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormMutation(useStartRound());
  const last = rounds.at(-1);
  // The next round: the eind-meting after a begin-meting, else the begin-meting of a new cycle.
  const next =
    last?.kind === 'begin'
      ? { cycle: last.cycle, kind: 'end' as const }
      : { cycle: (last?.cycle ?? 0) + 1, kind: 'begin' as const };
  const fields = {
    kind: { id: 'monitor-round-kind', label: t('monitor.rounds.kind') },
    cycle: { id: 'monitor-round-cycle', label: t('monitor.rounds.cycleLabel') },
    heldOn: { id: 'monitor-round-held-on', label: t('monitor.rounds.heldOn') },
  };
  const { values, bind } = useFieldValues(
    fields,
    { kind: next.kind as string, cycle: String(next.cycle), heldOn: today() },
    form.problem,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cycle = Number(values.cycle);
    const ok = form.check({
      cycle: !(Number.isInteger(cycle) && cycle >= 1 && cycle <= 100) && t('monitor.rounds.cycleInvalid'),
      heldOn: !/^\d{4}-\d{2}-\d{2}$/.test(values.heldOn) && t('monitor.rounds.dayRequired'),
    });
    if (!ok) return;
    const kind = values.kind as MonitorRoundKind;
    form.submit(
      { orgId, cycle, kind, heldOn: values.heldOn },
      { onSuccess: (round) => navigate(roundPath(round.id)) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3>{t('monitor.rounds.startTitle')}</h3>
      <SectionFeedback feedback={form.feedback} fields={fields} />
      <SelectField {...bind('kind')}>
        <Options values={monitorRoundKinds} label={(value) => t(`monitor.kinds.${value}`)} />
      </SelectField>
      <TextField {...bind('cycle')} inputMode="numeric" />
      <TextField {...bind('heldOn')} type="date" />
      <FormActions label={t('monitor.rounds.start')} pending={form.pending} />
    </form>
  );
}
