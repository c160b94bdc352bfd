import type { ReactNode } from 'react';

/** A part of a page under its own h2, which names the section for screen readers. */
export function Section({ id, title, children }: { id: string; title: ReactNode; children?: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
