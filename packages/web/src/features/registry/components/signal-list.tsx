import { useTranslation } from 'react-i18next';
import type { Signal } from '../api/get-people.ts';

/** The signals of one person as a list of sentences (with the date they are about). */
export function SignalList({ signals }: { signals: Signal[] }) {
  const { t } = useTranslation();
  if (signals.length === 0) return <p>{t('registry.signals.none')}</p>;
  return (
    <ul className="signal-list">
      {signals.map((signal) => (
        <li key={signal.key}>
          {t(`registry.signals.keys.${signal.key}`, { date: signal.date ?? t('registry.signals.never') })}
        </li>
      ))}
    </ul>
  );
}
