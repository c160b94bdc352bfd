import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createShiftSequence,
  type ShiftSequenceStep,
  shiftPressesToLeave,
  shiftPressWindowMs,
} from './shift-sequence.ts';

/** A neutral site to leave for: it says nothing about why someone was here. */
export const quickExitUrl = 'https://www.buienradar.nl/';

let quickExitStarted = false;
const onExit = new Set<() => void>();

/**
 * Something to forget when the quick exit begins (the open journal's key): called before the page
 * leaves, so nothing stays in memory even if the browser keeps the page in its back-forward cache.
 * Returns the function that unregisters it.
 */
export function onQuickExit(forget: () => void): () => void {
  onExit.add(forget);
  return () => {
    onExit.delete(forget);
  };
}

/**
 * True once the quick exit has begun. A page that asks before it is left (a questionnaire with
 * answers) must not ask then: nothing may stand between the reader and the neutral site.
 */
export function hasQuickExitStarted(): boolean {
  return quickExitStarted;
}

/**
 * "Snel weg": leaves at once for a neutral site, by click or by pressing Shift on its own three
 * times in a row (see `shift-sequence.ts`). The page is hidden before anything else happens, and
 * `location.replace` keeps this page out of the back-button history. Whenever the browser shows
 * the page again (its back-forward cache), it is reset.
 */
export function QuickExit({ exitUrl = quickExitUrl }: { exitUrl?: string }) {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const sequence = useRef(createShiftSequence());

  const leave = useCallback(() => {
    quickExitStarted = true;
    for (const forget of onExit) forget();
    setLeaving(true);
    document.body.classList.add('is-leaving');
    document.title = '';
    window.location.replace(exitUrl);
  }, [exitUrl]);

  useEffect(() => {
    let expiry: ReturnType<typeof setTimeout> | undefined;
    const announce = (step: ShiftSequenceStep) => {
      if (step.kind === 'counted') {
        setAnnouncement(
          t('quickExit.shiftCount', { count: step.count, remaining: shiftPressesToLeave - step.count }),
        );
        clearTimeout(expiry);
        expiry = setTimeout(() => announce(sequence.current.expire()), shiftPressWindowMs + 1);
      } else if (step.kind === 'reset') {
        setAnnouncement('');
      } else if (step.kind === 'leave') {
        setAnnouncement('');
        leave();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => announce(sequence.current.keyDown(event));
    const onKeyUp = (event: KeyboardEvent) => announce(sequence.current.keyUp(event));
    const onPageShow = () => {
      quickExitStarted = false;
      setLeaving(false);
      sequence.current = createShiftSequence();
      document.body.classList.remove('is-leaving');
    };
    // Capture: a field that stops its key events from bubbling must not hide them from the count.
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      clearTimeout(expiry);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [leave, t]);

  return (
    <div className="quick-exit">
      <a
        className="quick-exit__button"
        href={exitUrl}
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          leave();
        }}
      >
        {t('quickExit.button')}
        <span className="visually-hidden"> {t('quickExit.hint')}</span>
      </a>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {leaving && <div className="quick-exit__overlay" data-testid="quick-exit-overlay" />}
    </div>
  );
}
