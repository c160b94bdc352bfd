import type { AdviceRole } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import type { RoadmapOverview } from '../api/get-roadmap.ts';

const nextRole: Record<AdviceRole, AdviceRole | null> = {
  policyOfficer: 'projectLeader',
  projectLeader: 'coordinator',
  coordinator: null,
};

/**
 * Step 3's advice on who should lead the work, computed from the roadmap and never typed in, with
 * the facts it rests on and what would change it. Met or not is said in words, not by colour.
 */
export function AdviceBox({
  advice,
  headingLevel = 2,
}: {
  advice: RoadmapOverview['advice'];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const next = nextRole[advice.role];
  return (
    <section className="notice advice" aria-labelledby="advice-title">
      <Heading id="advice-title">{t('roadmap.advice.title')}</Heading>
      <p className="advice__role">
        {t('roadmap.advice.role', { role: t(`roadmap.adviceRole.${advice.role}`) })}
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
            {t(`roadmap.facts.${fact.key}.${fact.met ? 'met' : 'notMet'}`)}
          </li>
        ))}
      </ul>
      <SubHeading>{t('roadmap.advice.changeTitle')}</SubHeading>
      {next && advice.toNextRole.length > 0 ? (
        <>
          <p>{t('roadmap.advice.toNext', { role: t(`roadmap.adviceRole.${next}`) })}</p>
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
