import type { Locale } from '@derde-bron/domain';

/**
 * How a spreadsheet in that language opens a CSV in columns: Dutch Excel expects a semicolon between
 * cells and a decimal comma; English a comma and a decimal point.
 */
const dialects = {
  nl: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
} as const;

/**
 * CSV as spreadsheet programs read it (RFC 4180, with a BOM so Excel sees UTF-8), in the dialect of
 * the reader's language. A text cell that a spreadsheet would take for a formula (starting with
 * = + - @ or a tab) is prefixed with a quote: exported notes must never run as formulas on a board
 * member's computer. Numbers stay numbers.
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  locale: Locale = 'en',
): string {
  const { separator, decimal } = dialects[locale];
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value).replace('.', decimal);
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}
