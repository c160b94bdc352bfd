import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';

type FieldProps = {
  id: string;
  label: string;
  /** Shown under the label and read with the field. */
  hint?: ReactNode;
  /** What is wrong with the field: shown above it, read with it, and marks it invalid. */
  error?: string | undefined;
  /** Hides the label visually (for a field in a table row whose column header says what it is). */
  hideLabel?: boolean;
};

/** The ids of a field's hint and error, for its `aria-describedby`. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field's hint and error, under its label or legend, with the ids `describedBy` names. */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint: ReactNode;
  error: string | undefined;
}) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

function FieldShell({ id, label, hint, error, hideLabel, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** A text input with a visible label, an optional hint and its error, all linked for screen readers. */
export function TextField({
  id,
  label,
  hint,
  error,
  hideLabel,
  inputRef,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { inputRef?: Ref<HTMLInputElement> }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <input
        id={id}
        ref={inputRef}
        className={className ? `input ${className}` : 'input'}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldShell>
  );
}

/**
 * A required e-mail address, without a spelling check or a capital at the start. It offers the
 * reader's own address; for someone else's, give `autoComplete="off"`.
 */
export function EmailField(props: Parameters<typeof TextField>[0]) {
  return (
    <TextField
      type="email"
      autoComplete="email"
      spellCheck={false}
      autoCapitalize="none"
      required
      {...props}
    />
  );
}

/** A native select with the same label, hint and error handling as TextField. */
export function SelectField({
  id,
  label,
  hint,
  error,
  hideLabel,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <select
        id={id}
        className="select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

/** A multi-line text field with the same label, hint and error handling as TextField. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  hideLabel,
  textAreaRef,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { textAreaRef?: Ref<HTMLTextAreaElement> }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <textarea
        id={id}
        ref={textAreaRef}
        className="input textarea"
        rows={4}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </FieldShell>
  );
}
