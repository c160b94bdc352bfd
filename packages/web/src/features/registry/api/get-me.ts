import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** The registry record linked to the signed-in member, if any. */
export const useMyPersonId = (orgId: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.registry.me(orgId),
    queryFn: () =>
      getJson<{ personId: string | null }>(orgPath(orgId, 'registry', 'me')).then((b) => b.personId),
    enabled,
  });
