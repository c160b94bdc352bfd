import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import { historyLimit, useHistory } from '../api/get-history.ts';
import { useOwners } from '../api/get-owners.ts';
import { ChangesTable } from './changes-table.tsx';
import { ownerNames, type RoadmapView, roadmapPage } from './roadmap-data.tsx';
import { roadmapPath } from './roadmap-page.tsx';
import { itemLabels } from './words.ts';

/** Every change to the organisation's items, newest first, in words. */

function History({ orgId, canEdit, roadmap, content }: RoadmapView) {
  const { t } = useTranslation();
  const locale = useLocale();
  const history = useHistory(orgId);
  const owners = useOwners(orgId, canEdit);
  return (
    <>
      <p className="lead">{t('roadmap.history.intro', { limit: historyLimit })}</p>
      <p>
        <Link to={roadmapPath}>{t('roadmap.step.back')}</Link>
      </p>
      <QueryState query={history} none={t('roadmap.history.none')}>
        {(changes) => (
          <ChangesTable
            changes={changes}
            caption={t('roadmap.history.caption', { count: changes.length })}
            labels={itemLabels(content, locale)}
            ownerName={ownerNames(roadmap, owners.data)}
          />
        )}
      </QueryState>
    </>
  );
}

export const RoadmapHistoryPage = roadmapPage('roadmap.history.title', History);
