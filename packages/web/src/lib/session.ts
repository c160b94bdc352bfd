import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../api/types.ts';
import { getJson, setCsrfToken } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** The server's session answer (server modules/auth/session-state.ts), the same in every auth route. */
export type SessionState = ApiResponse<'/api/auth/session', 'get'>;

/** The signed-in person's place in her organisation: its id, her role and membership id. */
export type Membership = NonNullable<SessionState['membership']>;

export const anonymousSession: SessionState = {
  state: 'anonymous',
  csrfToken: null,
  user: null,
  membership: null,
};

export const sessionQueryKey = queryKeys.session;

export const getSession = async () => {
  const session = await getJson<SessionState>('/api/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
};

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: getSession,
  staleTime: 60_000,
  // Notice a sign-out in another tab when the person comes back to this one.
  refetchOnWindowFocus: true,
});

/** Who is using the app. Pages that need a signed-in person wait for this (RequireSignIn). */
export const useSession = () => useQuery(sessionQueryOptions);

/**
 * Takes a new session answer from a sign-in, second-factor, invitation or sign-out route. Everything
 * else that was cached (another person's organisation, members, log, and the passwords in finished
 * mutations) is dropped first, so that nothing of the previous session can show again.
 */
export function replaceSession(queryClient: QueryClient, session: SessionState) {
  setCsrfToken(session.csrfToken);
  void queryClient.cancelQueries({ queryKey: sessionQueryKey });
  // The session query itself stays, so that its observers (the header) see the new answer at once.
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.getMutationCache().clear();
  queryClient.setQueryData(sessionQueryKey, session);
}

/**
 * A request whose answer is the new session (signing in or out, a second factor, a new password):
 * the cached session becomes that answer (see replaceSession). `askAgainOnError`: when it fails,
 * ask the server who is signed in now. `gcTime: 0` keeps a password out of the mutation cache.
 */
export function useSessionMutation<TInput>(
  mutationFn: (input: TInput) => Promise<SessionState>,
  { askAgainOnError = false, gcTime }: { askAgainOnError?: boolean; gcTime?: number } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    ...(gcTime === undefined ? {} : { gcTime }),
    onSuccess: (session) => replaceSession(queryClient, session),
    onError: () => {
      if (askAgainOnError) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

/** Where a person goes after signing in. */
export function homePathFor(session: SessionState): string {
  if (session.state === 'needsTwoFactorSetup') return '/tweestapsverificatie';
  if (session.state !== 'signedIn') return '/inloggen';
  if (session.user?.isNetworkAdmin) return '/netwerk';
  // "Wat moet ik doen?": every role's start page, with links to where its work is done.
  if (session.membership) return '/organisatie/start';
  return '/account';
}
