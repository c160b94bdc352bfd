/**
 * A progress bar as a picture only: hidden from screen readers, because the same numbers are
 * always in the text next to it and in a table. An SVG, so that no inline style is needed (CSP).
 */
export function ProgressBar({ percent }: { percent: number }) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <svg
      className="progress-bar"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
    >
      <rect className="progress-bar__track" x="0" y="0" width="100" height="10" />
      <rect className="progress-bar__fill" x="0" y="0" width={width} height="10" />
    </svg>
  );
}
