import ExcelJS from 'exceljs';

type Row = ReadonlyArray<string | number | null>;

/**
 * One sheet as an .xlsx file, the first row as a bold header. Cells are written as values, never as
 * formulas: a text that starts with "=" stays text in every spreadsheet program.
 */
export async function toXlsx(sheetName: string, rows: readonly Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Derde Bron';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  for (const row of rows) sheet.addRow(row.map((value) => value ?? undefined));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
