export type Row = Record<string, string | number>;

/** Prints rows as a Markdown table, so a run can be pasted into a note as it is. */
export function printTable(title: string, rows: Row[]) {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const cell = (value: string | number | undefined) => String(value ?? '');
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(columns));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(columns.map((c) => cell(row[c]))));
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;
