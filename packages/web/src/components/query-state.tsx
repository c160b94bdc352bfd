import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

/**
 * Loading and error states for one query, with the server's message in the user's language; for a
 * list, `none` is the sentence shown while it has nothing in it (see OrNone).
 */
export function QueryState<T>({
  query,
  none,
  children,
}: {
  query: UseQueryResult<T>;
  none?: T extends readonly unknown[] ? ReactNode : never;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <p className="status" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="alert alert--error" role="alert">
        <p>
          <strong>{t('common.errorTitle')}</strong>
        </p>
        <p>{query.error.message}</p>
        <Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>
      </div>
    );
  }
  if (none !== undefined && Array.isArray(query.data) && query.data.length === 0) return <p>{none}</p>;
  return <>{children(query.data)}</>;
}
