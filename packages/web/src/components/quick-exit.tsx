import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A neutral site to leave for: it says nothing about why someone was here. */
export const quickExitUrl = 'https://www.buienradar.nl/';
/** Shift pressed this many times within the window leaves too (GOV.UK "Exit this page"). */
const shiftPresses = 3;
const shiftWindowMs = 5000;

/**
 * "Snel weg": leaves at once for a neutral site, by click or by pressing Shift three times.
 * The page is hidden before anything else happens, and `location.replace` keeps this page out of
 * the back-button history. If the browser shows the page again from its cache, it is reset.
 */
export function QuickExit({ exitUrl = quickExitUrl }: { exitUrl?: string }) {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const presses = useRef<number[]>([]);

  const leave = useCallback(() => {
    setLeaving(true);
    document.body.classList.add('is-leaving');
    document.title = '';
    window.location.replace(exitUrl);
  }, [exitUrl]);

  useEffect(() => {
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') return;
      const now = Date.now();
      presses.current = [...presses.current.filter((at) => now - at < shiftWindowMs), now];
      const count = presses.current.length;
      if (count >= shiftPresses) {
        presses.current = [];
        leave();
      } else {
        setAnnouncement(t('quickExit.shiftCount', { count, remaining: shiftPresses - count }));
      }
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      setLeaving(false);
      presses.current = [];
      document.body.classList.remove('is-leaving');
    };
    document.addEventListener('keyup', onKeyUp);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('keyup', onKeyUp);
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
