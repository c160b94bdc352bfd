import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A mutation that brings the queries it changed up to date once it settles: after a success, and
 * also after a refusal such as a 409, when the page should show what is saved now.
 */
export function useRefreshingMutation<Input, Answer>(
  mutationFn: (input: Input) => Promise<Answer>,
  refresh: (queryClient: QueryClient, input: Input) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: (_answer, _error, input) => refresh(queryClient, input) });
}
