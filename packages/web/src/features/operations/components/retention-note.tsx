import { useTranslation } from 'react-i18next';
import { useRetention } from '../api/get-retention.ts';

/**
 * How long what this page makes is kept, from the server's retention config: said where the data
 * is made, so nobody has to look it up. Says nothing while the config loads.
 */
export function RetentionNote({ kind }: { kind: 'reports' | 'auditLog' }) {
  const { t } = useTranslation();
  const retention = useRetention();
  if (!retention) return null;
  return <p className="hint">{t(`operations.retention.${kind}`, { count: retention[kind] })}</p>;
}
