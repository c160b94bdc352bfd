import { type Breakdown, breakdowns, can, type InstrumentContent, perspectives } from '@derde-bron/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDay } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { orgPath } from '../../../lib/org-path.ts';
import type { Membership } from '../../../lib/session.ts';
import { useInstrument } from '../api/get-instrument.ts';
import { useResults, type WaveResultsAnswer } from '../api/get-results.ts';
import { CellResults } from './cell-results.tsx';
import { ComparisonSection } from './comparison-section.tsx';
import { GapsTable } from './gaps-table.tsx';
import { OpenAnswersSection } from './open-answers-section.tsx';
import { SensitiveSection } from './sensitive-section.tsx';
import { groupName, itemResultsPath, scalesAskedOf, sortGroups, wavePath, wavesPath } from './words.ts';

/**
 * A closed wave's results, per scale with a bar chart and a table with the same numbers, for one
 * predefined breakdown at a time, all read from what the wave published when it closed. Everything
 * hidden by the anonymity rules is said in words. A team manager sees only their own team.
 */
export function ResultsContent({ membership }: { membership: Membership }) {
  const { waveId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const manage = can(membership.role, 'measurement.manage');
  // A team manager always gets their own team; the server decides that too.
  const [breakdown, setBreakdown] = useState<Breakdown>(manage ? 'none' : 'team');
  const results = useResults(membership.orgId, waveId, breakdown);
  const back = manage ? wavePath(waveId) : wavesPath;

  if (results.error instanceof ApiError && results.error.status === 409) {
    // Not closed yet: scores show only after closing. Asking again will not change that now.
    return (
      <>
        <div className="notice" role="alert">
          <p>{results.error.message}</p>
        </div>
        <p>
          <Link to={back}>{t(manage ? 'measurement.results.backToWave' : 'measurement.wave.back')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p>
        <Link to={back}>{t(manage ? 'measurement.results.backToWave' : 'measurement.wave.back')}</Link>
      </p>
      <p>
        <Link to={itemResultsPath(waveId)}>{t('measurement.items.link')}</Link>
      </p>
      {manage && <BreakdownForm current={breakdown} onChoose={setBreakdown} />}
      {/* XLSX first: every spreadsheet opens it in columns. The file speaks the page's language. */}
      {(['xlsx', 'csv'] as const).map((format) => (
        <p key={format}>
          <a
            href={`${orgPath(membership.orgId, 'waves', waveId)}/results.${format}?breakdown=${breakdown}&lang=${locale}`}
            download
          >
            {t(format === 'csv' ? 'measurement.results.downloadCsv' : 'measurement.results.downloadXlsx')}
          </a>
        </p>
      ))}
      <QueryState query={results}>
        {(answer) => (
          <WithInstrument version={answer.wave.instrumentVersion}>
            {(instrument) => (
              <Results orgId={membership.orgId} answer={answer} instrument={instrument} manage={manage} />
            )}
          </WithInstrument>
        )}
      </QueryState>
    </>
  );
}

export function WithInstrument({
  version,
  children,
}: {
  version: number;
  children: (instrument: InstrumentContent) => ReactNode;
}) {
  const instrument = useInstrument(version);
  return <QueryState query={instrument}>{(data) => children(data)}</QueryState>;
}

/** One breakdown at a time: the choice is applied with a button, not on every arrow key. */
export function BreakdownForm({
  current,
  onChoose,
}: {
  current: Breakdown;
  onChoose: (breakdown: Breakdown) => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Breakdown>(current);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChoose(choice);
  };
  return (
    <form className="form breakdown-form" noValidate onSubmit={onSubmit}>
      <ChoiceGroup
        id="breakdown"
        type="radio"
        inline
        legend={t('measurement.breakdown.legend')}
        hint={t('measurement.breakdown.hint')}
        options={breakdowns.map((value) => ({ value, label: t(`measurement.breakdown.${value}`) }))}
        selected={[choice]}
        onChange={(value) => setChoice(value as Breakdown)}
      />
      <Button variant="primary" type="submit">
        {t('measurement.breakdown.submit')}
      </Button>
    </form>
  );
}

function Results({
  orgId,
  answer,
  instrument,
  manage,
}: {
  orgId: string;
  answer: WaveResultsAnswer;
  instrument: InstrumentContent;
  manage: boolean;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { wave, results, noiseScale, openAnswersVisible } = answer;
  const { minCell, minSensitiveCell } = wave.thresholds;
  const scales = scalesAskedOf(instrument, wave.perspectives);
  // Per perspective, only the scales that perspective was asked; teams mix perspectives.
  const groupScales = (key: string) =>
    results.breakdown === 'perspective' ? scalesAskedOf(instrument, [key]) : scales;
  // Teams by their names when the wave closed, as published: today's team list may differ.
  const labels = new Map(results.groups.map((group) => [group.key, groupName(results.breakdown, group, t)]));
  const nameOf = (key: string) => labels.get(key) ?? key;
  const groups = sortGroups(results.groups, nameOf, results.breakdown === 'perspective' ? perspectives : []);

  return (
    <>
      <dl className="summary-list">
        <SummaryRow label={t('measurement.results.wave')}>{wave.title}</SummaryRow>
        <SummaryRow label={t('measurement.wave.period')}>
          {t('measurement.wave.periodText', {
            from: formatDay(wave.opensOn, locale),
            to: formatDay(wave.closesOn, locale),
          })}
        </SummaryRow>
        <SummaryRow label={t('measurement.wave.thresholds')}>
          {t('measurement.wave.thresholdsText', { minCell, minSensitiveCell })}
        </SummaryRow>
      </dl>

      <details className="details details--wide">
        <summary>{t('measurement.results.howToRead')}</summary>
        <p>{t('measurement.results.howToReadText')}</p>
        <p>{t('measurement.results.howToReadPeople')}</p>
        {noiseScale > 0 && <p>{t('measurement.results.howToReadNoise')}</p>}
        <dl className="scale-list">
          {scales.map((scale) => (
            <div key={scale.key}>
              <dt>{l(scale.title)}</dt>
              <dd>
                {l(scale.description)} {l(scale.scoring)}
              </dd>
            </div>
          ))}
        </dl>
      </details>

      {results.total && (
        <Section id="total-title" title={t('measurement.results.totalTitle')}>
          <CellResults
            cell={results.total}
            scales={scales}
            minCell={minCell}
            caption={t('measurement.results.caption', { group: t('measurement.results.totalTitle') })}
          />
        </Section>
      )}

      {results.breakdown !== 'none' && (
        <section aria-labelledby="groups-title">
          <h2 id="groups-title">
            {manage
              ? t(`measurement.results.groupsTitle.${results.breakdown}`)
              : t('measurement.results.ownTeam')}
          </h2>
          {groups.length === 0 && <p>{t('measurement.results.noGroups')}</p>}
          {groups.map((group) => {
            const headingId = `group-${group.key}`;
            return (
              <Section
                key={group.key}
                id={headingId}
                title={nameOf(group.key)}
                level={3}
                className="result-block"
              >
                <CellResults
                  cell={group.cell}
                  scales={groupScales(group.key)}
                  minCell={minCell}
                  caption={t('measurement.results.caption', { group: nameOf(group.key) })}
                />
              </Section>
            );
          })}
        </section>
      )}

      {results.breakdown === 'perspective' && (
        <GapsTable
          groups={groups}
          // Compared with the staff: only the scales the staff were asked.
          scales={scalesAskedOf(instrument, ['staff']).filter((scale) => scales.includes(scale))}
        />
      )}

      {results.sensitive.length > 0 && (
        <SensitiveSection
          sensitive={results.sensitive}
          items={instrument.items}
          minSensitiveCell={minSensitiveCell}
        />
      )}

      {manage && <ComparisonSection orgId={orgId} waveId={wave.id} instrument={instrument} />}
      {manage && (
        <OpenAnswersSection
          orgId={orgId}
          waveId={wave.id}
          items={instrument.items}
          visible={openAnswersVisible}
          minSensitiveCell={minSensitiveCell}
        />
      )}
    </>
  );
}
