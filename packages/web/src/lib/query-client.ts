import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';
import { sessionQueryKey } from './session.ts';

/** Errors that another try will not fix: the server said no, or the input was wrong. */
const isFinal = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

export function createQueryClient() {
  // A 401 means the session ended (elsewhere, by an administrator, or it expired): ask again who
  // is signed in, so that pages behind sign-in stop showing their data.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) {
      void client.invalidateQueries({ queryKey: sessionQueryKey });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        retry: (failures, error) => !isFinal(error) && failures < 1,
        refetchOnWindowFocus: false,
      },
      // Finished mutations hold what was sent (passwords too): keep them no longer than their form.
      mutations: { gcTime: 0 },
    },
  });
  return client;
}
