import type { ReactNode } from 'react';

/** What shows a list, or, while it has nothing in it, one sentence that says so. */
export function OrNone({
  items,
  none,
  children,
}: {
  items: readonly unknown[];
  none: ReactNode;
  children: ReactNode;
}) {
  return items.length === 0 ? <p>{none}</p> : children;
}
