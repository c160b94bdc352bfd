import type { Locale } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrNone } from '../../../components/or-none.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { feedbackPath, resultsPath, wavePath, wavesPath } from '../../measurement/components/words.ts';
import { monitorPath } from '../../monitor/components/words.ts';
import { registryPaths } from '../../registry/components/words.ts';
import { roadmapPath, stepPath } from '../../roadmap/components/roadmap-page.tsx';
import { type StartWork, useStart } from '../api/get-start.ts';

export const startPath = '/organisatie/start';

/**
 * "Wat moet ik doen?": where a member lands after signing in. Each kind of work their role has,
 * each with a link to the page where it is done; never a dead end.
 */
export function StartPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('start.title')} />
      <RequireSignIn allow={(session) => !!session.membership}>
        {(session) =>
          session.membership && (
            <Work orgId={session.membership.orgId} expert={session.membership.role === 'expert'} />
          )
        }
      </RequireSignIn>
    </>
  );
}

function Work({ orgId, expert }: { orgId: string; expert: boolean }) {
  const { t } = useTranslation();
  const start = useStart(orgId);
  return (
    <>
      <p className="lead">{t('start.intro')}</p>
      <QueryState query={start}>
        {(work) => (
          <>
            {work.roadmap && <RoadmapWork roadmap={work.roadmap} />}
            {work.openWaves && <WavesWork waves={work.openWaves} />}
            {work.results && <ResultsWork results={work.results} />}
            {work.signals && (
              <CountWork name="signals" count={work.signals.people} to={registryPaths.signals} />
            )}
            {work.ownRecord && <OwnRecordWork record={work.ownRecord} />}
            {work.reportsReady && (
              <CountWork name="reports" count={work.reportsReady.length} to="/organisatie/rapporten" />
            )}
            {work.invitationsPending !== null && (
              <CountWork name="invitations" count={work.invitationsPending} to="/organisatie" />
            )}
            <MoreLinks expert={expert} />
          </>
        )}
      </QueryState>
    </>
  );
}

function dueText(
  t: ReturnType<typeof useTranslation>['t'],
  locale: Locale,
  day: string | null,
  overdue: boolean,
) {
  if (!day) return t('start.roadmap.noDueDate');
  return overdue
    ? t('start.roadmap.overdue', { date: formatDay(day, locale) })
    : t('start.roadmap.due', { date: formatDay(day, locale) });
}

function RoadmapWork({ roadmap }: { roadmap: NonNullable<StartWork['roadmap']> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const empty = roadmap.items.length === 0 && roadmap.goals.length === 0;
  return (
    <Section id="start-roadmap" className="start-section" title={t('start.roadmap.title')}>
      {empty ? (
        <p>{t('start.roadmap.none')}</p>
      ) : (
        <ul className="start-list">
          {roadmap.items.map((item) => (
            <li key={item.itemKey}>
              <Link to={`${stepPath(item.stepNumber)}#item-${item.itemKey}`}>{item.label}</Link>
              <span className={item.overdue ? 'start-list__meta start-list__meta--late' : 'start-list__meta'}>
                {dueText(t, locale, item.dueDate, item.overdue)}
                {item.mine && ` ${t('start.roadmap.mine')}`}
              </span>
            </li>
          ))}
          {roadmap.goals.map((goal) => (
            <li key={goal.id}>
              <Link to={stepPath(goal.stepNumber)}>{t('start.roadmap.goal', { title: goal.title })}</Link>
              <span className={goal.overdue ? 'start-list__meta start-list__meta--late' : 'start-list__meta'}>
                {dueText(t, locale, goal.deadline, goal.overdue)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={roadmapPath}>{t('start.roadmap.link')}</Link>
      </p>
      <p>
        <Link to={monitorPath}>{t('start.roadmap.monitorLink')}</Link>
      </p>
    </Section>
  );
}

function WavesWork({ waves }: { waves: NonNullable<StartWork['openWaves']> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="start-waves" className="start-section" title={t('start.waves.title')}>
      <OrNone items={waves} none={t('start.waves.none')}>
        <ul className="start-list">
          {waves.map((wave) => (
            <li key={wave.id}>
              <Link to={wavePath(wave.id)}>{wave.title}</Link>
              <span className="start-list__meta">
                {wave.status === 'scheduled'
                  ? t('start.waves.scheduled', { date: formatDay(wave.opensOn, locale) })
                  : t('start.waves.open', { date: formatDay(wave.closesOn, locale) })}{' '}
                {wave.groups === 0
                  ? t('start.waves.noGroups')
                  : t('start.waves.progress', { enough: wave.groupsWithEnough, count: wave.groups })}
              </span>
            </li>
          ))}
        </ul>
      </OrNone>
      <p>
        <Link to={wavesPath}>{t('start.waves.link')}</Link>
      </p>
    </Section>
  );
}

function ResultsWork({ results }: { results: NonNullable<StartWork['results']> }) {
  const { t } = useTranslation();
  return (
    <Section id="start-results" className="start-section" title={t('start.results.title')}>
      <OrNone items={results} none={t('start.results.none')}>
        <ul className="start-list">
          {results.map((wave) => (
            <li key={wave.id}>
              <Link to={resultsPath(wave.id)}>{t('start.results.link', { title: wave.title })}</Link>
              {wave.feedbackDue && (
                <>
                  {' — '}
                  <Link to={feedbackPath(wave.id)}>
                    {t('start.results.feedbackDue', { title: wave.title })}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </OrNone>
    </Section>
  );
}

/** Work that is a number of things waiting (people with signals, reports, invitations), and where. */
function CountWork({
  name,
  count,
  to,
}: {
  name: 'signals' | 'reports' | 'invitations';
  count: number;
  to: string;
}) {
  const { t } = useTranslation();
  return (
    <Section id={`start-${name}`} className="start-section" title={t(`start.${name}.title`)}>
      <p>{count === 0 ? t(`start.${name}.none`) : t(`start.${name}.some`, { count })}</p>
      <p>
        <Link to={to}>{t(`start.${name}.link`)}</Link>
      </p>
    </Section>
  );
}

function OwnRecordWork({ record }: { record: NonNullable<StartWork['ownRecord']> }) {
  const { t } = useTranslation();
  return (
    <Section id="start-own-record" className="start-section" title={t('start.ownRecord.title')}>
      <p>
        {!record.exists
          ? t('start.ownRecord.missing')
          : record.signals === 0
            ? t('start.ownRecord.fine')
            : t('start.ownRecord.signals', { count: record.signals })}
      </p>
      <p>
        <Link to="/organisatie/register/mijn">{t('start.ownRecord.link')}</Link>
      </p>
    </Section>
  );
}

function MoreLinks({ expert }: { expert: boolean }) {
  const { t } = useTranslation();
  return (
    <Section id="start-more" className="start-section" title={t('start.more.title')}>
      <ul className="start-list">
        {expert && (
          <>
            <li>
              <Link to={registryPaths.coverage}>{t('start.more.coverage')}</Link>
            </li>
            <li>
              <Link to={registryPaths.activities}>{t('start.more.activities')}</Link>
            </li>
          </>
        )}
        <li>
          <Link to="/kader">{t('start.more.guide')}</Link>
        </li>
        <li>
          <Link to="/account">{t('start.more.account')}</Link>
        </li>
      </ul>
    </Section>
  );
}
