import { useEffect, useRef } from 'react';

/**
 * A ref that takes focus whenever `key` changes to something truthy: for content that replaces
 * what had focus (a form that became a confirmation, a new step), so keyboard and screen reader
 * users are not left at the top of the page.
 */
export function useFocusWhen<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  return ref;
}
