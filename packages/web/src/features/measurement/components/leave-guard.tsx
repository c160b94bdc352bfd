import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { hasQuickExitStarted } from '../../../components/quick-exit.tsx';
import { useFocusWhen } from '../../../lib/use-focus.ts';

/** A click on a link of this site that leaves the page (not an anchor on it, a new tab or a download). */
function leavingLink(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download'))
    return null;
  const to = new URL(link.href);
  if (to.origin !== window.location.origin) return null;
  if (to.pathname === window.location.pathname && to.search === window.location.search && to.hash)
    return null;
  return to.href;
}

/**
 * Asks before answers that were not sent are lost: on a link of this site (on the page) and on
 * closing or reloading the tab (the browser's own question). Never on the quick exit: nothing may
 * stand between the reader and the neutral site (its click is handled first and is not a link of
 * this site), so then the answers are lost, as the intro says. Answers are never stored to survive
 * a leave.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<string | null>(null);
  const confirmed = useRef(false);
  const ref = useFocusWhen<HTMLDivElement>(asking);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (hasQuickExitStarted() || confirmed.current) return;
      event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const to = leavingLink(event);
      if (!to) return;
      event.preventDefault();
      setAsking(to);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick);
    };
  }, [when]);

  if (!asking) return null;
  return (
    <div
      className="alert alert--warning"
      role="alertdialog"
      aria-labelledby="leave-title"
      tabIndex={-1}
      ref={ref}
    >
      <p className="alert__title" id="leave-title">
        {t('respond.leave.question')}
      </p>
      <p>{t('respond.leave.lost')}</p>
      <div className="button-row">
        <Button variant="primary" onClick={() => setAsking(null)}>
          {t('respond.leave.stay')}
        </Button>
        <Button
          onClick={() => {
            // Already asked: the browser's own question on leaving would only ask again.
            confirmed.current = true;
            window.location.assign(asking);
          }}
        >
          {t('respond.leave.go')}
        </Button>
      </div>
    </div>
  );
}
