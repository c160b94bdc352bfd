import { useTranslation } from 'react-i18next';
import { formatPeriod, formatTakenAt } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Snapshot } from '../api/types.ts';

/** Which month's figures these are, when they were worked out, and why only once a month. */
export function SnapshotNote({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p>
      <strong>
        {t('benchmark.snapshot.when', {
          period: formatPeriod(snapshot.period, locale),
          date: formatTakenAt(snapshot.takenAt, locale),
        })}
      </strong>{' '}
      {t('benchmark.snapshot.why')}
    </p>
  );
}
