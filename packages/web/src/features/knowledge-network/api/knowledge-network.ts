import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { ApiError, getJson, sendForm, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

type Search = ApiResponse<'/api/organisations/{orgId}/knowledge-network/items', 'get'>;
export type SharedItem = Search['items'][number];
type Membership = ApiResponse<'/api/organisations/{orgId}/knowledge-network/membership', 'get'>;
export type Copy = ApiResponse<
  '/api/organisations/{orgId}/knowledge-network/copies',
  'get'
>['copies'][number];
export type KnowledgeLink = ApiResponse<'/api/knowledge-network/links', 'get'>['links'][number];

export type SearchFilter = { q?: string; kind?: string; stepKey?: string; itemKey?: string; phase?: string };

const base = (orgId: string, ...parts: string[]) => orgPath(orgId, 'knowledge-network', ...parts);

/** Whether the organisation takes part in the kennisnetwerk. */
export const useMembership = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.knowledgeNetwork.membership(orgId),
    queryFn: () => getJson<Membership>(base(orgId, 'membership')),
  });

/** Take part or stop (org_admin); stopping withdraws what the organisation shared. */
export function useSetMembership(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sharing: boolean) =>
      sendJson<Membership & { withdrawn: number }>('PUT', base(orgId, 'membership'), { sharing }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.knowledgeNetwork.all(orgId) }),
  });
}

/** What the member organisations share, by words and filters. */
export function useSearch(orgId: string, filter: SearchFilter) {
  const params = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const query = params.toString();
  return useQuery({
    queryKey: queryKeys.knowledgeNetwork.search(orgId, filter),
    queryFn: () => getJson<Search>(`${base(orgId, 'items')}${query ? `?${query}` : ''}`),
    placeholderData: keepPreviousData,
  });
}

export const useOwnItems = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.knowledgeNetwork.own(orgId),
    queryFn: () => getJson<{ items: SharedItem[] }>(base(orgId, 'own-items')).then((b) => b.items),
  });

export const useCopies = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.knowledgeNetwork.copies(orgId),
    queryFn: () => getJson<{ copies: Copy[] }>(base(orgId, 'copies')).then((b) => b.copies),
  });

export const sharedFileUrl = (orgId: string, itemId: string) => base(orgId, 'items', itemId, 'file');

/** The names the server found (422) before sharing, and whether it could read the file's text. */
export type NamesFound = { names: string[]; textChecked: boolean };
export function namesFoundIn(error: unknown): NamesFound | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const body = error.body as Partial<NamesFound> | null;
  return { names: body?.names ?? [], textChecked: body?.textChecked ?? true };
}

export type PracticeInput = {
  kind: 'activityFormat';
  title: string;
  summary: string;
  licence: string;
  stepKey: string | null;
  itemKey: string | null;
  phases: string[];
  audience: string[];
  confirmNames: boolean;
};
export type DocumentInput = {
  kind: string;
  title: string;
  summary: string;
  licence: string;
  stepKey: string | null;
  itemKey: string | null;
  confirmNames: boolean;
};

function useKnowledgeMutation<V, T>(orgId: string, mutationFn: (variables: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.knowledgeNetwork.all(orgId) }),
  });
}

export const useSharePractice = (orgId: string) =>
  useKnowledgeMutation(orgId, (input: PracticeInput) =>
    sendJson<SharedItem>('POST', base(orgId, 'items'), input),
  );

export const useShareDocument = (orgId: string) =>
  useKnowledgeMutation(orgId, ({ input, file }: { input: DocumentInput; file: File }) => {
    const form = new FormData();
    form.append('meta', JSON.stringify(input));
    form.append('file', file, file.name);
    return sendForm<SharedItem>(base(orgId, 'documents'), form);
  });

export const useWithdraw = (orgId: string) =>
  useKnowledgeMutation(orgId, (item: SharedItem) =>
    sendJson<SharedItem>('POST', base(orgId, 'items', item.id, 'withdraw'), { version: item.version }),
  );

/** Copies a shared activity format or policy topic into the organisation's own workspace. */
export function useCopy(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: SharedItem) =>
      sendJson<Copy>(
        'POST',
        base(
          orgId,
          'items',
          item.id,
          item.kind === 'policyTopic' ? 'copy-to-policy-topics' : 'copy-to-activities',
        ),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.knowledgeNetwork.all(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.registry.all(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.all(orgId) }),
      ]),
  });
}

/** The network's links library (every signed-in member). */
export const useKnowledgeLinks = () =>
  useQuery({
    queryKey: queryKeys.knowledgeNetwork.links,
    queryFn: () => getJson<{ links: KnowledgeLink[] }>('/api/knowledge-network/links').then((b) => b.links),
  });

export type LinkInput = {
  title: string;
  url: string | null;
  description: string;
  stepKey: string | null;
  itemKey: string | null;
};

function useLinkMutation<V>(mutationFn: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.knowledgeNetwork.links }),
  });
}

/** Adds a link, or saves one (with the version last seen), as the network admin. */
export const useSaveLink = () =>
  useLinkMutation(({ input, link }: { input: LinkInput; link: KnowledgeLink | null }) =>
    link
      ? sendJson<KnowledgeLink>('PATCH', `/api/knowledge-network/links/${link.id}`, {
          ...input,
          version: link.version,
        })
      : sendJson<KnowledgeLink>('POST', '/api/knowledge-network/links', input),
  );

export const useRemoveLink = () =>
  useLinkMutation((link: KnowledgeLink) =>
    sendJson<null>('DELETE', `/api/knowledge-network/links/${link.id}`),
  );
