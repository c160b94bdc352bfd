import { can } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import { type RoadmapView, roadmapPage } from '../../roadmap/components/roadmap-data.tsx';
import { useMonitor } from '../api/get-monitor.ts';
import { ComparisonSection } from './comparison-section.tsx';
import { GapSection } from './gap-section.tsx';
import { RoundsSection } from './rounds-section.tsx';
import { TeamSection } from './team-section.tsx';
import { monitorContent } from './words.ts';

/** The implementatiemonitor: the team, its rounds, begin against end, and the gap with staff. */

function Monitor({ orgId, membership, content }: RoadmapView) {
  const { t } = useTranslation();
  const locale = useLocale();
  const monitor = useMonitor(orgId);
  const canEdit = can(membership.role, 'monitor.edit');
  return (
    <>
      <p className="lead">{monitorContent.intro[locale]}</p>
      <p>{t('monitor.notAnonymous')}</p>
      <QueryState query={monitor}>
        {(data) => (
          <>
            <TeamSection orgId={orgId} team={data.team} canEdit={canEdit} />
            <RoundsSection orgId={orgId} rounds={data.rounds} canEdit={canEdit} />
            <ComparisonSection comparison={data.comparison} content={content} />
            {can(membership.role, 'monitor.gap') && <GapSection orgId={orgId} content={content} />}
          </>
        )}
      </QueryState>
    </>
  );
}

export const MonitorPage = roadmapPage('monitor.title', Monitor);
