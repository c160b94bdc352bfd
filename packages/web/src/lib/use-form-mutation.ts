import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../components/section-feedback.tsx';
import { checkFields, type FormProblem, toFormProblem } from './form-problem.ts';

type Checks = Parameters<typeof checkFields>[0];

/**
 * What a form or section says after an action: a problem (from the checks before sending or from
 * the server) or a success. Show it with `<SectionFeedback feedback={form.feedback} />` or
 * `<ErrorSummary problem={form.problem} />`; every new value takes focus.
 */
export function useFormFeedback() {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  const setProblem = (found: FormProblem | null) =>
    setFeedback(found ? { kind: 'error', problem: found } : null);
  const problemOf = useProblemOf();
  /** Shows what went wrong with a request. */
  const fail = (error: unknown) => setProblem(problemOf(error));
  /** Shows that it worked; `focus` when the message takes the place of what had focus. */
  const succeed = (text: string, focus = true) => setFeedback({ kind: 'success', text, focus });
  return {
    feedback,
    setFeedback,
    problem,
    setProblem,
    problemOf,
    fail,
    succeed,
    /**
     * The handlers of a mutation a ConfirmAction asked for: the question ends (`done`) either way,
     * then `text` or the problem shows.
     */
    afterConfirm: (done: () => void, text: string) => ({
      onSuccess: () => {
        done();
        succeed(text);
      },
      onError: (error: unknown) => {
        done();
        fail(error);
      },
    }),
    /**
     * The checks before sending: shows what is wrong (or clears an earlier problem) and answers
     * whether the form may be sent.
     */
    check: (fields: Checks) => {
      const found = checkFields(fields, t('form.checkFields'));
      setProblem(found);
      return found === null;
    },
  };
}

/**
 * A form that sends one mutation: its feedback (see useFormFeedback) and `submit`, which ignores
 * a second submit while the first is under way and shows the server's problem when it fails.
 */
export function useFormMutation<TData, TVariables>(
  mutation: UseMutationResult<TData, Error, TVariables, unknown>,
) {
  const form = useFormFeedback();
  const submit = (
    variables: TVariables,
    handlers: { onSuccess?: (data: TData) => void; onError?: (error: Error) => void } = {},
  ) => {
    if (mutation.isPending) return;
    mutation.mutate(variables, {
      onSuccess: (data) => handlers.onSuccess?.(data),
      onError: (error) => {
        form.fail(error);
        handlers.onError?.(error);
      },
    });
  };
  return { ...form, submit, pending: mutation.isPending };
}

/** What a form component needs from its page's useFormMutation: whether it is sending, and its feedback. */
export type FormState = Pick<ReturnType<typeof useFormFeedback>, 'feedback' | 'setFeedback'> & {
  pending: boolean;
};

/** Turns a failed request into a problem in the reader's language, for feedback kept elsewhere. */
export function useProblemOf() {
  const { t } = useTranslation();
  return (error: unknown) => toFormProblem(error, t('common.networkError'));
}
