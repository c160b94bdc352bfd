import { useState } from 'react';
import type { FormProblem } from './form-problem.ts';

/** A field's id (unique on the page) and its visible label. */
export type FieldLabel = { id: string; label: string };

/**
 * A form's text values in one state, and `bind(name)`: what a TextField, SelectField or
 * TextAreaField needs for that value (its id and label from `fields`, the value, its change, and
 * what `problem` says is wrong with it), so that a field is written as `<TextField {...bind('name')} />`.
 */
export function useFieldValues<V extends Record<string, string>>(
  fields: { [K in keyof V]: FieldLabel },
  initial: V,
  problem: FormProblem | null,
) {
  const [values, setValues] = useState<V>(initial);
  const set = (name: keyof V, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const bind = (name: keyof V & string) => ({
    id: fields[name].id,
    name,
    label: fields[name].label,
    value: values[name],
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    error: problem?.fields[name],
  });
  return { values, set, setValues, bind };
}
