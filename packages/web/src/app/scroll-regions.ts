import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table that scrolls sideways (`.table-scroll`) must be reachable by keyboard to scroll it
 * (WCAG 2.1.1; axe's scrollable-region-focusable): each one becomes a focusable region named by its
 * table's caption. Done once here for every page, also for tables that appear later.
 */
export function useFocusableScrollRegions() {
  const { t } = useTranslation();
  const fallback = t('shell.scrollTable');
  useEffect(() => {
    const mark = () => {
      for (const region of document.querySelectorAll<HTMLElement>('.table-scroll:not([tabindex])')) {
        region.tabIndex = 0;
        region.setAttribute('role', 'region');
        const caption = region.querySelector('caption')?.textContent?.trim();
        region.setAttribute('aria-label', caption || fallback);
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [fallback]);
}
