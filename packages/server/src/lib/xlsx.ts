/** ExcelJS is loaded on the first spreadsheet, so that starting the server does not pay for it. */
export const loadExcelJs = () => import('exceljs').then((module) => module.default);

type Row = ReadonlyArray<string | number | boolean | null>;

/**
 * Sheets as one .xlsx file, the first row of each as a bold header. Cells are written as values,
 * never as formulas: a text that starts with "=" stays text in every spreadsheet program.
 */
export async function toXlsxWorkbook(
  sheets: ReadonlyArray<{ name: string; rows: readonly Row[] }>,
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Derde Bron';
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    for (const row of rows) sheet.addRow(row.map((value) => value ?? undefined));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    // A table without rows has no columns at all (ExcelJS then gives none).
    for (const column of sheet.columns ?? []) column.width = 18;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet as an .xlsx file. */
export function toXlsx(sheetName: string, rows: readonly Row[]): Promise<Buffer> {
  return toXlsxWorkbook([{ name: sheetName, rows }]);
}
