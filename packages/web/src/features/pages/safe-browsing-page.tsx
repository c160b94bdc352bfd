import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { Section } from '../../components/section.tsx';

const limits = ['history', 'other', 'watching'] as const;
const tips = ['private', 'clear', 'device'] as const;

/** "Veilig internetten": what the quick-exit button does, and what it does not do. */
export function SafeBrowsingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('safeBrowsing.title')} />
      <p className="lead">{t('safeBrowsing.intro')}</p>
      <h2>{t('safeBrowsing.buttonTitle')}</h2>
      <p>{t('safeBrowsing.button')}</p>
      <h2>{t('safeBrowsing.notTitle')}</h2>
      <ul>
        {limits.map((limit) => (
          <li key={limit}>{t(`safeBrowsing.not.${limit}`)}</li>
        ))}
      </ul>
      <h2>{t('safeBrowsing.tipsTitle')}</h2>
      <ul>
        {tips.map((tip) => (
          <li key={tip}>{t(`safeBrowsing.tips.${tip}`)}</li>
        ))}
      </ul>
      <h2>{t('safeBrowsing.storedTitle')}</h2>
      <p>{t('safeBrowsing.stored')}</p>
      <Section id="help-title" title={t('safeBrowsing.helpTitle')} className="notice">
        <p>{t('safeBrowsing.help')}</p>
      </Section>
    </>
  );
}
