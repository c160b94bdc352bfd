import { useTranslation } from 'react-i18next';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useGoalReviews } from '../api/get-goal-reviews.ts';
import type { Goal } from '../api/get-goals.ts';

/** Every earlier "doel behaald?" of a step's goals: a new round's answer never wipes out the last. */
export function GoalHistory({ orgId, goals }: { orgId: string; goals: Goal[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reviews = useGoalReviews(orgId);
  const titles = new Map(goals.map((goal) => [goal.id, goal.title]));
  const shown = (reviews.data ?? []).filter((review) => titles.has(review.goalId));
  if (shown.length === 0) return null;
  return (
    <DataTable
      caption={t('roadmap.goals.historyCaption')}
      columns={columnsUnder(t, 'roadmap.goals', [
        'goal',
        'historyRound',
        'historyDay',
        'achieved',
        'historyNote',
        'historyBy',
      ])}
    >
      {shown.map((review) => (
        <tr key={review.id}>
          <th scope="row">{titles.get(review.goalId)}</th>
          <td>
            {review.monitorRoundId
              ? t('roadmap.goals.historyMonitor', { cycle: review.cycle })
              : t('roadmap.goals.historyCycle', { cycle: review.cycle })}
          </td>
          <td>{formatDay(review.reviewedAt.slice(0, 10), locale)}</td>
          <td>{t(`roadmap.achieved.${review.achieved ?? 'unknown'}`)}</td>
          <td>{review.note}</td>
          <td>{review.reviewedByName}</td>
        </tr>
      ))}
    </DataTable>
  );
}
