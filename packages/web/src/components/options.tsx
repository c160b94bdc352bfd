import type { ReactNode } from 'react';

/** A select's options: each value with its words, after an empty first choice where `none` is given. */
export function Options<V extends string>({
  values,
  label,
  none,
}: {
  values: readonly V[];
  label: (value: V) => ReactNode;
  none?: ReactNode;
}) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
