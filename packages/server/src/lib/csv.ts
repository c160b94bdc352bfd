/**
 * CSV as spreadsheet programs read it (RFC 4180, with a BOM so Excel sees UTF-8). A cell that a
 * spreadsheet would take for a formula (starting with = + - @ or a tab) is prefixed with a quote:
 * exported notes must never run as formulas on a board member's computer.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cell = (value: string | number | null) => {
    let text = value === null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
