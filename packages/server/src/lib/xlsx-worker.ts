import { createRequire } from 'node:module';

/**
 * The code of the worker thread that reads an uploaded .xlsx (lib/xlsx-read.ts starts it with a
 * memory limit and a time-out). It is a string run with `eval`, not a file of its own, so that it
 * runs the same from TypeScript (tsx, tests) and from compiled JavaScript; it loads ExcelJS from
 * the path resolved here.
 */
export const excelJsPath = createRequire(import.meta.url).resolve('exceljs');

export const xlsxWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
async function read({ content, excelJsPath, maxCells }) {
  const ExcelJS = require(excelJsPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  if (sheet.rowCount * sheet.columnCount > maxCells) return 'tooManyCells';
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const value = row.getCell(column).value;
      if (value instanceof Date) cells.push(value.toISOString().slice(0, 10));
      else if (value === null || value === undefined) cells.push('');
      else if (typeof value === 'object' && 'richText' in value) cells.push(value.richText.map((part) => part.text).join(''));
      else if (typeof value === 'object' && 'text' in value) cells.push(String(value.text));
      else if (typeof value === 'object' && 'result' in value) cells.push(String(value.result ?? ''));
      else cells.push(String(value));
    }
    rows.push(cells);
  });
  return rows;
}
read(workerData).then(
  (rows) => parentPort.postMessage({ rows }),
  () => parentPort.postMessage({ error: 'unreadable' }),
);
`;
