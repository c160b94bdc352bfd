import { registryPhaseKeys } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/bar.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import type { Membership } from '../../../lib/session.ts';
import { type CoverageRow, useCoverage } from '../api/get-coverage.ts';
import { useTerms } from './words.ts';

function Matrix({
  id,
  caption,
  rows,
  title,
}: {
  id: string;
  caption: string;
  rows: CoverageRow[];
  title: (key: string) => string;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  return (
    <DataTable
      caption={caption}
      id={id}
      head={
        <>
          <th scope="col">{t('registry.coverage.rowHeader')}</th>
          {registryPhaseKeys.map((phase) => (
            <th scope="col" className="table__number" key={phase}>
              {terms.phase(phase)}
            </th>
          ))}
          <th scope="col" className="table__number">
            {t('registry.coverage.total')}
          </th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{title(row.key)}</th>
          {registryPhaseKeys.map((phase) => (
            <td className="table__number" key={phase}>
              {row.byPhase[phase] === 0 ? t('registry.coverage.nobody') : row.byPhase[phase]}
            </td>
          ))}
          <td className="table__number">{row.total}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Where experiential expertise is represented, against the 2030 aim: a chart and the same as tables. */
export function CoverageView({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const coverage = useCoverage(orgId);
  return (
    <QueryState query={coverage}>
      {(data) => {
        const max = Math.max(1, ...data.levels.map((row) => row.total));
        return (
          <>
            <p className="lead">{t('registry.coverage.intro')}</p>
            <div className={data.aim.met ? 'alert alert--success' : 'notice'}>
              <p>
                {data.aim.met
                  ? t('registry.coverage.aimMet')
                  : t('registry.coverage.aimNotMet', {
                      levels: data.aim.levelsMissing.map(terms.level).join(', ') || '—',
                      phases: data.aim.phasesMissing.map(terms.phase).join(', ') || '—',
                    })}
              </p>
            </div>
            <Section id="coverage-chart-title" title={t('registry.coverage.chartTitle')}>
              <p>{t('registry.coverage.chartIntro')}</p>
              <ul className="bar-list" aria-hidden="true">
                {data.levels.map((row) => (
                  <li key={row.key}>
                    <span className="bar-list__label">{terms.level(row.key)}</span>
                    <Bar value={row.total} max={max} />
                    <span className="bar-list__value">{row.total}</span>
                  </li>
                ))}
              </ul>
            </Section>
            <Section id="coverage-levels-title" title={t('registry.coverage.levelsTitle')}>
              <Matrix
                id="coverage-levels"
                caption={t('registry.coverage.levelsCaption', { people: data.people })}
                rows={data.levels}
                title={terms.level}
              />
            </Section>
            <Section id="coverage-roles-title" title={t('registry.coverage.rolesTitle')}>
              <Matrix
                id="coverage-roles"
                caption={t('registry.coverage.rolesCaption')}
                rows={data.roles}
                title={terms.role}
              />
            </Section>
          </>
        );
      }}
    </QueryState>
  );
}
