import { maturityStages, stepsNeededForOrganisationStage } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';

/** How a stage is decided, in plain words, always in view next to the stages themselves. */
export function MaturityRules({ stepCount }: { stepCount: number }) {
  const { t } = useTranslation();
  return (
    <section className="rules" aria-labelledby="rules-title">
      <h3 id="rules-title">{t('roadmap.rules.title')}</h3>
      <p>{t('roadmap.rules.intro')}</p>
      <ul>
        {maturityStages.map((stage) => (
          <li key={stage}>
            <strong>{t(`roadmap.stage.${stage}`)}:</strong> {t(`roadmap.rules.${stage}`)}
          </li>
        ))}
      </ul>
      <p>{t('roadmap.rules.organisation', { needed: stepsNeededForOrganisationStage, total: stepCount })}</p>
    </section>
  );
}
