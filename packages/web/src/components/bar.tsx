/**
 * A horizontal bar as a picture only: hidden from screen readers, because the same number is
 * always written next to it and in a table. An SVG, so that no inline style is needed (CSP).
 */
export function Bar({ value, max, className = 'bar' }: { value: number; max: number; className?: string }) {
  const width = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <svg
      className={className}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
    >
      <rect className="bar__track" x="0" y="0" width="100" height="10" />
      <rect className="bar__fill" x="0" y="0" width={width} height="10" />
    </svg>
  );
}
