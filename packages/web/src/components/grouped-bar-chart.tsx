import { Bar } from './bar.tsx';

export type ChartSeries = { key: string; label: string };
/** One row of the chart: a label and one value per series (null: no figure, no bar). */
export type ChartGroup = { key: string; label: string; values: ReadonlyArray<number | null> };

/**
 * Bars beside a table, as on /netwerk: a picture only (aria-hidden), because the table next to it
 * is the accessible source with the same figures. One row per group, one bar per series, a legend
 * when there is more than one series. Plain SVG bars, so no inline style (CSP).
 */
export function GroupedBarChart({
  series,
  groups,
  max,
}: {
  series: readonly ChartSeries[];
  groups: readonly ChartGroup[];
  max: number;
}) {
  return (
    <div className="chart" aria-hidden="true" data-testid="chart">
      {series.length > 1 && (
        <ul className="chart__legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <span className={`chart__swatch chart__swatch--${i}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {groups.map((group) => (
        <div className="chart__group" key={group.key}>
          <span className="chart__label">{group.label}</span>
          {series.map((s, i) => {
            const value = group.values[i] ?? null;
            return value === null ? (
              <span className="chart__none" key={s.key}>
                –
              </span>
            ) : (
              <Bar key={s.key} value={value} max={max} className={`bar chart__bar chart__bar--${i}`} />
            );
          })}
        </div>
      ))}
    </div>
  );
}
