import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';

const features = ['keyboard', 'skip', 'language', 'charts', 'zoom'] as const;

/** The accessibility statement (toegankelijkheidsverklaring). */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('accessibility.title')} />
      <p className="lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.standardTitle')}</h2>
      <p>{t('accessibility.standard')}</p>
      <h2>{t('accessibility.howTitle')}</h2>
      <p>{t('accessibility.how')}</p>
      <h2>{t('accessibility.featuresTitle')}</h2>
      <ul>
        {features.map((feature) => (
          <li key={feature}>{t(`accessibility.features.${feature}`)}</li>
        ))}
      </ul>
      <h2>{t('accessibility.limitsTitle')}</h2>
      <p>{t('accessibility.limits')}</p>
      <h2>{t('accessibility.contactTitle')}</h2>
      <p>{t('accessibility.contact')}</p>
      <p className="muted">{t('accessibility.updated')}</p>
    </>
  );
}
