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

/** What a field's control gets besides its own props: its id, and its hint and error linked. */
type ControlLinks = { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

/**
 * A field: its label, hint and error around the control `render` makes from the rest of the
 * props, with the id and the links for screen readers added.
 */
function field<P extends FieldProps>(
  { id, label, hint, error, hideLabel, ...control }: P,
  render: (control: Omit<P, keyof FieldProps> & ControlLinks) => ReactNode,
) {
  const links: ControlLinks = {
    id,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      {render({ ...links, ...control })}
    </FieldShell>
  );
}

/** A text input with a visible label, an optional hint and its error, all linked for screen readers. */
export function TextField({
  inputRef,
  className,
  ...props
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { inputRef?: Ref<HTMLInputElement> }) {
  return field(props, (input) => (
    <input ref={inputRef} className={className ? `input ${className}` : 'input'} {...input} />
  ));
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

/** A short field for a number: whole numbers, or with `decimal` a comma or point as well. */
export function NumberField({
  decimal = false,
  ...props
}: Parameters<typeof TextField>[0] & { decimal?: boolean }) {
  return <TextField inputMode={decimal ? 'decimal' : 'numeric'} className="input--short" {...props} />;
}

/** A native select with the same label, hint and error handling as TextField. */
export function SelectField(props: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return field(props, (select) => <select className="select" {...select} />);
}

/** A multi-line text field with the same label, hint and error handling as TextField. */
export function TextAreaField({
  textAreaRef,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { textAreaRef?: Ref<HTMLTextAreaElement> }) {
  return field(props, (textarea) => (
    <textarea ref={textAreaRef} className="input textarea" rows={4} {...textarea} />
  ));
}
