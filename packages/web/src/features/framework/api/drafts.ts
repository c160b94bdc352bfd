import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiRequestBody, ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type DraftList = ApiResponse<'/api/framework/drafts', 'get'>;
export type Draft = ApiResponse<'/api/framework/drafts/{draftId}', 'get'>;
export type DraftDiff = ApiResponse<'/api/framework/drafts/{draftId}/diff', 'get'>;
type Published = ApiResponse<'/api/framework/drafts/{draftId}/publish', 'post'>;
type SaveBody = ApiRequestBody<'/api/framework/drafts/{draftId}', 'put'>;

const draftUrl = (draftId: string, ...rest: string[]) =>
  ['/api/framework/drafts', encodeURIComponent(draftId), ...rest].join('/');

/** The network admin's drafts of a new framework version. */
export const useDrafts = () =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.framework.drafts,
      queryFn: () => getJson<DraftList>('/api/framework/drafts'),
    }),
  );

export const useDraft = (draftId: string) =>
  useQuery({
    queryKey: queryKeys.framework.draft(draftId),
    queryFn: () => getJson<Draft>(draftUrl(draftId)),
  });

/** What the draft changes against the current version, read again after every save. */
export const useDraftDiff = (draftId: string) =>
  useQuery({
    queryKey: queryKeys.framework.draftDiff(draftId),
    queryFn: () => getJson<DraftDiff>(draftUrl(draftId, 'diff')),
  });

/** A new draft: a copy of the current version, or an imported one (`content`). */
export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content?: unknown) =>
      sendJson<Draft>('POST', '/api/framework/drafts', content === undefined ? {} : { content }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.framework.drafts }),
  });
}

export function useSaveDraft(draftId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; content: unknown }) =>
      sendJson<Draft>('PUT', draftUrl(draftId), body as SaveBody),
    onSuccess: (draft) => {
      queryClient.setQueryData(queryKeys.framework.draft(draftId), draft);
      return queryClient.invalidateQueries({ queryKey: queryKeys.framework.draftDiff(draftId) });
    },
  });
}

export function usePublishDraft(draftId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => sendJson<Published>('POST', draftUrl(draftId, 'publish'), { version }),
    // The draft itself is gone now: only the lists and the current version are read again.
    onSuccess: () =>
      Promise.all(
        [queryKeys.framework.versions, queryKeys.framework.current, queryKeys.framework.drafts].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey, exact: true }),
        ),
      ),
  });
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draftId: string) => sendJson<null>('DELETE', draftUrl(draftId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.framework.drafts }),
  });
}
