import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx.ts';

describe('toXlsx', () => {
  it('writes the rows as values, a would-be formula as text', async () => {
    const file = await toXlsx('Uitslagen', [
      ['Groep', 'Gemiddelde'],
      ['=HYPERLINK("http://x")', 3.5],
      ['Team b', null],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Uitslagen');
    expect(sheet?.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://x")');
    expect(sheet?.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getRow(2).getCell(2).value).toBe(3.5);
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
  });
});
