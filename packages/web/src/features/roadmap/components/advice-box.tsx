import type { AdviceRole, FrameworkContent } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { RoadmapOverview } from '../api/get-roadmap.ts';
import { FactSourceLink } from './fact-source.tsx';

const nextRole: Record<AdviceRole, AdviceRole | null> = {
  policyOfficer: 'projectLeader',
  projectLeader: 'coordinator',
  coordinator: null,
};

/**
 * Step 3's advice on who should lead the work, computed from the roadmap and never typed in, set
 * against the capacity actually appointed, with each fact it rests on, where that fact was read (a
 * link), and what would change it. Met or not is said in words, not by colour.
 */
export function AdviceBox({
  advice,
  capacity,
  content,
  headingLevel = 2,
}: {
  advice: RoadmapOverview['advice'];
  capacity: RoadmapOverview['capacity'];
  content: FrameworkContent;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const next = nextRole[advice.role];
  const role = (key: AdviceRole) => t(`roadmap.adviceRole.${key}`);
  return (
    <section className="notice advice" aria-labelledby="advice-title">
      <Heading id="advice-title">{t('roadmap.advice.title')}</Heading>
      <p className="advice__appointed">
        {capacity
          ? t(capacity.endsOn ? 'roadmap.capacity.appointedUntil' : 'roadmap.capacity.appointed', {
              role: role(capacity.role),
              hours: capacity.hoursPerWeek,
              since: formatDay(capacity.startedOn, locale),
              until: capacity.endsOn ? formatDay(capacity.endsOn, locale) : '',
            })
          : t('roadmap.capacity.none')}
      </p>
      <p className="advice__role">
        {capacity
          ? t(
              capacity.role === advice.role ? 'roadmap.capacity.adviceSame' : 'roadmap.capacity.adviceOther',
              {
                role: role(advice.role),
              },
            )
          : t('roadmap.advice.role', { role: role(advice.role) })}
      </p>
      <p>{t(`roadmap.adviceWhy.${advice.role}`)}</p>
      <SubHeading>{t('roadmap.advice.factsTitle')}</SubHeading>
      <ul className="fact-list">
        {advice.facts.map((fact) => (
          <li key={fact.key} className={fact.met ? 'fact fact--met' : 'fact fact--open'}>
            <span className="fact__marker">
              <span aria-hidden="true">{fact.met ? '✓' : '○'}</span>{' '}
              {t(fact.met ? 'roadmap.advice.met' : 'roadmap.advice.notMet')}
            </span>{' '}
            {t(`roadmap.facts.${fact.key}.${fact.met ? 'met' : 'notMet'}`)}{' '}
            <span className="fact__source">
              {t('roadmap.source.label')} <FactSourceLink source={fact.source} content={content} />
            </span>
          </li>
        ))}
      </ul>
      <SubHeading>{t('roadmap.advice.changeTitle')}</SubHeading>
      {next && advice.toNextRole.length > 0 ? (
        <>
          <p>{t('roadmap.advice.toNext', { role: role(next) })}</p>
          <ul>
            {advice.toNextRole.map((key) => (
              <li key={key}>{t(`roadmap.facts.${key}.todo`)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('roadmap.advice.last')}</p>
      )}
      <p className="muted">{t('roadmap.advice.computed')}</p>
    </section>
  );
}
