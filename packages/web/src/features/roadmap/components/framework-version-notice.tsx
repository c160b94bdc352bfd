import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../components/section.tsx';
import { usePublishedVersions } from '../api/move-framework-version.ts';

export const adoptionPath = '/organisatie/afwegingskader/nieuwe-versie';

/**
 * Tells members when the association has published a newer version of the framework than the
 * roadmap follows, with a link to what changes (and, for those who may, to adopting it). Shows
 * nothing otherwise.
 */
export function FrameworkVersionNotice({ current }: { current: number }) {
  const { t } = useTranslation();
  const versions = usePublishedVersions();
  const newest = versions.data?.versions[0]?.version;
  if (newest === undefined || newest <= current) return null;
  return (
    <Section id="framework-version-title" title={t('roadmapVersion.title')} className="notice">
      <p>{t('roadmapVersion.text', { current, newest })}</p>
      <p>
        <Link to={adoptionPath}>{t('roadmapVersion.seeChanges', { newest })}</Link>
      </p>
    </Section>
  );
}
