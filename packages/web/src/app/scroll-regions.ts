import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table that scrolls sideways (`.table-scroll`) must be reachable by keyboard to scroll it
 * (WCAG 2.1.1; axe's scrollable-region-focusable): each one becomes a focusable region with a name
 * that says what it is. Not the caption: the table keeps that name, and a region named like a
 * section beside it would be two things of one name. Done here for every page, also later tables.
 */
export function useFocusableScrollRegions() {
  const { t } = useTranslation();
  const fallback = t('shell.scrollTable');
  useEffect(() => {
    const mark = () => {
      for (const region of document.querySelectorAll<HTMLElement>('.table-scroll:not([tabindex])')) {
        region.tabIndex = 0;
        region.setAttribute('role', 'region');
        region.setAttribute('aria-label', fallback);
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [fallback]);
}
