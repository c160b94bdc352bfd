import { can } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useWaves, type Wave } from '../api/get-waves.ts';
import { NewWaveForm } from './new-wave-form.tsx';
import { notesPath, responseCountText, resultsPath, wavePath } from './words.ts';

/**
 * The measurement waves of the organisation. Coordinators and administrators plan waves here and
 * open each wave's page; a team manager sees only the closed waves, with a link to their results.
 */
export function Waves({ membership }: { membership: Membership }) {
  return can(membership.role, 'measurement.manage') ? (
    <ManageWaves membership={membership} />
  ) : (
    <ClosedWaves membership={membership} />
  );
}

function ManageWaves({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const waves = useWaves(membership.orgId);
  return (
    <>
      <p className="lead">{t('measurement.waves.intro')}</p>
      <Section id="waves-list-title" title={t('measurement.waves.listTitle')}>
        <QueryState query={waves}>
          {(list) =>
            list.length === 0 ? <p>{t('measurement.waves.none')}</p> : <WavesTable waves={list} manage />
          }
        </QueryState>
      </Section>
      <NewWaveForm
        orgId={membership.orgId}
        hasWaves={(waves.data?.length ?? 0) > 0}
        hasBaseline={(waves.data ?? []).some((wave) => wave.kind === 'baseline')}
      />
      <Section id="notes-link-title" title={t('measurement.notes.link')}>
        <p>{t('measurement.notes.linkIntro')}</p>
        <p>
          <Link to={notesPath}>{t('measurement.notes.link')}</Link>
        </p>
      </Section>
    </>
  );
}

function ClosedWaves({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const waves = useWaves(membership.orgId);
  if (waves.error instanceof ApiError && waves.error.status === 403) {
    return (
      <div className="notice">
        <p>{t('measurement.waves.teamManagerNoList')}</p>
      </div>
    );
  }
  return (
    <>
      <p className="lead">{t('measurement.waves.teamManagerIntro')}</p>
      <QueryState query={waves}>
        {(list) => {
          const closed = list.filter((wave) => wave.status === 'closed');
          return closed.length === 0 ? (
            <p>{t('measurement.waves.noneClosed')}</p>
          ) : (
            <WavesTable waves={closed} manage={false} />
          );
        }}
      </QueryState>
    </>
  );
}

function WavesTable({ waves, manage }: { waves: Wave[]; manage: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <DataTable
      caption={t('measurement.waves.caption')}
      columns={[
        t('measurement.waves.name'),
        t('measurement.waves.kind'),
        t('measurement.waves.opensOn'),
        t('measurement.waves.closesOn'),
        t('measurement.waves.status'),
        { label: t('measurement.waves.responses'), className: 'table__number' },
        t('measurement.waves.results'),
      ]}
    >
      {waves.map((wave) => (
        <tr key={wave.id}>
          <th scope="row">{manage ? <Link to={wavePath(wave.id)}>{wave.title}</Link> : wave.title}</th>
          <td>{t(`measurement.kind.${wave.kind}`)}</td>
          <td>{formatDay(wave.opensOn, locale)}</td>
          <td>{formatDay(wave.closesOn, locale)}</td>
          <td>{t(`measurement.status.${wave.status}`)}</td>
          <td className="table__number">{responseCountText(wave, t, 'short')}</td>
          <td>
            {wave.status === 'closed' ? (
              <Link to={resultsPath(wave.id)}>
                {t('measurement.waves.resultsLink')} <span className="visually-hidden">{wave.title}</span>
              </Link>
            ) : (
              <span className="muted">{t('measurement.waves.resultsAfterClose')}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
