import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { useMoveFrameworkVersion, usePublishedVersions } from '../api/move-framework-version.ts';

/**
 * Tells editors when the association has published a newer version of the framework than the
 * roadmap follows, and lets them move to it. Shows nothing otherwise.
 */
export function FrameworkVersionNotice({
  orgId,
  current,
  canEdit,
}: {
  orgId: string;
  current: number;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const versions = usePublishedVersions();
  const move = useMoveFrameworkVersion();
  const newest = versions.data?.versions[0]?.version;
  if (!canEdit || newest === undefined || newest <= current) return null;
  return (
    <section className="notice" aria-labelledby="framework-version-title">
      <h2 id="framework-version-title">{t('roadmapVersion.title')}</h2>
      <p>{t('roadmapVersion.text', { current, newest })}</p>
      {move.isError && (
        <p className="alert alert--error" role="alert">
          {move.error.message}
        </p>
      )}
      <Button
        variant="primary"
        disabled={move.isPending}
        onClick={() => move.mutate({ orgId, version: newest })}
      >
        {t('roadmapVersion.move', { newest })}
      </Button>
    </section>
  );
}
