import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFeedbackList } from '../api/get-feedback.ts';
import { feedbackPath } from './words.ts';

/** "Terugkoppeling": what came out of each measurement and what we do with it, for every member. */
export function FeedbackList({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useFeedbackList(orgId);
  return (
    <QueryState query={list}>
      {(data) => (
        <OrNone items={data.feedback} none={t('measurement.feedback.listNone')}>
          <ul>
            {data.feedback.map((entry) => (
              <li key={entry.waveId}>
                <Link to={feedbackPath(entry.waveId)}>{entry.title}</Link>
                {entry.publishedAt &&
                  ` — ${t('measurement.feedback.publishedOn', { date: formatDay(entry.publishedAt.slice(0, 10), locale) })}`}
              </li>
            ))}
          </ul>
        </OrNone>
      )}
    </QueryState>
  );
}
