import type { UseMutationResult } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { type FieldLabel, fieldProps } from './use-field-values.ts';
import { useFormMutation } from './use-form-mutation.ts';

/** A field of a form whose values the browser keeps; `exact` keeps its value as typed (a password). */
export type BrowserField = FieldLabel & { exact?: boolean };

/**
 * A form whose values the browser keeps, that sends one mutation: its feedback and `submit` (see
 * useFormMutation), `field(name)` for each field (see fieldProps), and `onSubmit(send)`, which makes
 * the form's submit handler. The handler ignores a second submit while the first is under way, and
 * gives `send` the fields' values (trimmed unless `exact`) and the form, to empty it afterwards.
 */
export function useBrowserForm<N extends string, TData, TVariables>(
  mutation: UseMutationResult<TData, Error, TVariables, unknown>,
  fields: { [K in N]: BrowserField },
) {
  const form = useFormMutation(mutation);
  const onSubmit =
    (send: (values: { [K in N]: string }, element: HTMLFormElement) => void) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (mutation.isPending) return;
      const element = event.currentTarget;
      const data = new FormData(element);
      const names = Object.keys(fields) as N[];
      const values = Object.fromEntries(
        names.map((name) => {
          const value = String(data.get(name) ?? '');
          return [name, fields[name].exact ? value : value.trim()];
        }),
      ) as { [K in N]: string };
      send(values, element);
    };
  return { ...form, fields, field: fieldProps(fields, form.problem), onSubmit };
}
