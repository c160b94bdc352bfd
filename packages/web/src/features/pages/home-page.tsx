import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { Section } from '../../components/section.tsx';
import { OrganisationDeletedNotice } from '../organisation-data/components/organisation-deleted-notice.tsx';

const offers = ['roadmap', 'measurement', 'registry', 'network'] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('home.title')} />
      <OrganisationDeletedNotice />
      <p className="lead">{t('home.intro')}</p>
      <p>{t('home.basedOn')}</p>
      <h2>{t('home.whatTitle')}</h2>
      <ul className="card-list">
        {offers.map((offer) => (
          <li key={offer} className="card">
            {t(`home.what.${offer}`)}
          </li>
        ))}
      </ul>
      <p>
        <Link className="button button--primary" to="/kader">
          {t('home.start')}
        </Link>
      </p>
      <Section id="safety-title" title={t('home.safetyTitle')} className="notice">
        <p>{t('home.safety')}</p>
        <p>
          <Link to="/veilig-internetten">{t('shell.nav.safeBrowsing')}</Link>
        </p>
      </Section>
    </>
  );
}
