import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

/**
 * The row under every form: its submit button, optionally a cancel button, and what the form is
 * doing while a request is under way ("Bezig…", read out as a status).
 */
export function FormActions({
  label,
  hiddenLabel,
  variant = 'primary',
  pending,
  busyInButton = false,
  ariaDisabled,
  submitRef,
  onCancel,
  children,
}: {
  /** The submit button's text. */
  label: ReactNode;
  /** Words only screen readers hear after the label, for one of several like buttons on a page. */
  hiddenLabel?: string;
  variant?: 'primary' | 'danger';
  /** A request is under way: "Bezig…" beside the button (given) or in it (`busyInButton`). */
  pending?: boolean;
  busyInButton?: boolean;
  /** Marks the button `aria-disabled` (it stays focusable), e.g. while a request is under way. */
  ariaDisabled?: boolean;
  submitRef?: Ref<HTMLButtonElement>;
  /** Shows a cancel button that calls this. */
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" variant={variant} ref={submitRef} aria-disabled={ariaDisabled}>
        {busyInButton && pending ? t('common.busy') : label}
        {hiddenLabel && <span className="visually-hidden"> {hiddenLabel}</span>}
      </Button>
      {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      {pending && !busyInButton && (
        <span className="status" role="status">
          {t('common.busy')}
        </span>
      )}
      {children}
    </div>
  );
}
