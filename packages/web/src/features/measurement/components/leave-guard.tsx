import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { hasQuickExitStarted } from '../../../components/quick-exit.tsx';
import { useFocusWhen } from '../../../lib/use-focus.ts';

/**
 * Asks before answers that were not sent are lost: on a link within the app (on the page) and on
 * closing or reloading the tab (the browser's own question). Never on the quick exit: nothing may
 * stand between the reader and the neutral site, so then the answers are lost, as the intro says.
 * The answers are never stored to survive a leave.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(when);
  const ref = useFocusWhen<HTMLDivElement>(blocker.state === 'blocked');

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (hasQuickExitStarted()) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  if (blocker.state !== 'blocked') return null;
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
        <button type="button" className="button button--primary" onClick={() => blocker.reset()}>
          {t('respond.leave.stay')}
        </button>
        <button type="button" className="button" onClick={() => blocker.proceed()}>
          {t('respond.leave.go')}
        </button>
      </div>
    </div>
  );
}
