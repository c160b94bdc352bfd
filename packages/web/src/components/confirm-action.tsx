import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusWhen } from '../lib/use-focus.ts';
import { Button } from './button.tsx';

/**
 * A destructive action asked twice, on the page itself (not a browser dialog): the button shows
 * the question, which takes focus, with "yes" and "cancel"; cancel brings focus back to the button.
 * `onConfirm` gets a function that ends the question, to call once the action is done.
 */
export function ConfirmAction({
  label,
  question,
  yes,
  onConfirm,
}: {
  /** The button, e.g. "Verwijderen" (may hold visually hidden words that say what). */
  label: ReactNode;
  question: string;
  yes: string;
  onConfirm: (done: () => void) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [backToButton, setBackToButton] = useState(0);
  const questionRef = useFocusWhen<HTMLParagraphElement>(confirming);
  const buttonRef = useFocusWhen<HTMLButtonElement>(backToButton);
  if (!confirming)
    return (
      <Button variant="danger" ref={buttonRef} onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  return (
    <div className="confirm">
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="button-row">
        <Button variant="danger" onClick={() => onConfirm(() => setConfirming(false))}>
          {yes}
        </Button>
        <Button
          onClick={() => {
            setConfirming(false);
            setBackToButton((count) => count + 1);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
