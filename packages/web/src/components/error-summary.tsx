import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../lib/form-problem.ts';
import { useFocusWhen } from '../lib/use-focus.ts';

export type FieldRefs = Record<string, { id: string; label: string }>;

type T = ReturnType<typeof useTranslation>['t'];

/**
 * The field a server error names. One entry of a list (`emails.2`) is its list's field, numbered
 * as a reader counts: "E-mailadressen (nummer 3)".
 */
function fieldFor(fields: FieldRefs, name: string, t: T) {
  if (fields[name]) return fields[name];
  const [base = '', index] = name.split('.');
  const list = fields[base];
  if (!list || index === undefined || !/^\d+$/.test(index)) return undefined;
  return { id: list.id, label: t('form.listEntry', { field: list.label, number: Number(index) + 1 }) };
}

/** A message for a field the form has no link for: with the field's name in words, never its code. */
function namedMessage(name: string, message: string, t: T) {
  const [base = '', index] = name.split('.');
  const key = `form.fieldNames.${base}`;
  const known = t(key, { defaultValue: '' });
  if (!known) return message;
  const label =
    index !== undefined && /^\d+$/.test(index)
      ? t('form.listEntry', { field: known, number: Number(index) + 1 })
      : known;
  return `${label}: ${message}`;
}

/**
 * What went wrong after a submit, at the top of the form. It takes focus when a new problem comes
 * in, so that screen reader users hear it, and each wrong field is a link that moves focus to it.
 */
export function ErrorSummary({ problem, fields = {} }: { problem: FormProblem | null; fields?: FieldRefs }) {
  const { t } = useTranslation();
  const ref = useFocusWhen<HTMLDivElement>(problem);
  if (!problem) return null;
  const entries = Object.entries(problem.fields);
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <p className="alert__title">{problem.message}</p>
      {entries.length > 0 && (
        <ul className="alert__list" aria-label={t('form.fieldsToCheck')}>
          {entries.map(([name, message]) => {
            const field = fieldFor(fields, name, t);
            if (!field) return <li key={name}>{namedMessage(name, message, t)}</li>;
            return (
              <li key={name}>
                <a
                  href={`#${field.id}`}
                  onClick={(event) => {
                    // Focus without putting the field's id into the address.
                    event.preventDefault();
                    document.getElementById(field.id)?.focus();
                  }}
                >
                  {field.label}: {message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * A message that something worked. Give `focusKey` (a new value each time) when the message takes
 * the place of what had focus, such as a form or a row that is gone now.
 */
export function SuccessMessage({ children, focusKey }: { children: ReactNode; focusKey?: unknown }) {
  const ref = useFocusWhen<HTMLDivElement>(focusKey);
  return (
    <div className="alert alert--success" role="status" tabIndex={-1} ref={ref}>
      {children}
    </div>
  );
}
