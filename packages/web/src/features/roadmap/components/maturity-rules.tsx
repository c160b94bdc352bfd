import { maturityStages, stepsNeededForOrganisationStage } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/section.tsx';

/** How a stage is decided, in plain words, always in view next to the stages themselves. */
export function MaturityRules({ stepCount }: { stepCount: number }) {
  const { t } = useTranslation();
  return (
    <Section id="rules-title" title={t('roadmap.rules.title')} level={3} className="rules">
      <p>{t('roadmap.rules.intro')}</p>
      <ul>
        {maturityStages.map((stage) => (
          <li key={stage}>
            <strong>{t(`roadmap.stage.${stage}`)}:</strong> {t(`roadmap.rules.${stage}`)}
          </li>
        ))}
      </ul>
      <p>{t('roadmap.rules.organisation', { needed: stepsNeededForOrganisationStage, total: stepCount })}</p>
    </Section>
  );
}
