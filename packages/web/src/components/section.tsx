import type { ReactNode } from 'react';

/** A part of a page under its own heading (an h2, or an h3 inside one), which names it for screen readers. */
export function Section({
  id,
  title,
  level = 2,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  level?: 2 | 3;
  className?: string;
  children?: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
