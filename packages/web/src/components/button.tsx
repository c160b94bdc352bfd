import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link' | 'subtle';

/**
 * The kit's button: `type="button"` unless told otherwise (so that it never submits a form by
 * accident), with the look of its variant. Everything else is a native button's.
 */
export function Button({
  variant,
  className,
  type = 'button',
  ref,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; ref?: Ref<HTMLButtonElement> }) {
  const classes = ['button', variant ? `button--${variant}` : null, className].filter(Boolean).join(' ');
  return <button ref={ref} type={type} className={classes} {...button} />;
}
