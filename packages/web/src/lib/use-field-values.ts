import { useState } from 'react';
import type { FormProblem } from './form-problem.ts';

/** A field's id (unique on the page) and its visible label. */
export type FieldLabel = { id: string; label: string };

/** The names of a form state's text values: those a text field, select or text area can show. */
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/**
 * `field(name)`: a field's id, name and label from `fields`, and what `problem` says is wrong with
 * it, for a form whose values the browser keeps (read with FormData on submit).
 */
export function fieldProps<N extends string>(fields: { [K in N]: FieldLabel }, problem: FormProblem | null) {
  return (name: N) => ({
    id: fields[name].id,
    name,
    label: fields[name].label,
    error: problem?.fields[name],
  });
}

/**
 * `bind(name)`: what a TextField, SelectField or TextAreaField needs for one of a form's text values
 * (its id and label from `fields`, the value, its change, and what `problem` says is wrong with it),
 * so that a field is written as `<TextField {...bind('name')} />`.
 */
export function bindFields<V extends object>(
  fields: { [K in TextKeys<V>]: FieldLabel },
  values: V,
  set: (name: TextKeys<V>, value: string) => void,
  problem: FormProblem | null,
) {
  const field = fieldProps(fields, problem);
  return (name: TextKeys<V>) => ({
    ...field(name),
    value: values[name] as string,
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });
}

/** A form's text values in one state, with `bind` (see bindFields) for its fields. */
export function useFieldValues<V extends Record<string, string>>(
  fields: { [K in TextKeys<V>]: FieldLabel },
  initial: V,
  problem: FormProblem | null,
) {
  const [values, setValues] = useState<V>(initial);
  const set = (name: keyof V, value: string) => setValues((current) => ({ ...current, [name]: value }));
  return { values, set, setValues, bind: bindFields(fields, values, set, problem) };
}
