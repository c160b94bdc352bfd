import { Worker } from 'node:worker_threads';
import { maxSpreadsheetCells, spreadsheetWorkerLimits } from './xlsx-limits.ts';
import { excelJsPath, xlsxWorkerSource } from './xlsx-worker.ts';
import { checkZipLimits } from './zip-limits.ts';

/** Why a spreadsheet was refused: not a spreadsheet, or too large or complex once unpacked. */
export class SpreadsheetRefused extends Error {
  constructor(readonly reason: 'unreadable' | 'tooLarge') {
    super(reason);
  }
}

/**
 * Reads an uploaded .xlsx without risking the server: the archive's directory is checked first
 * (lib/zip-limits.ts), then ExcelJS parses it off the event loop in a worker thread with a heap
 * limit and a time-out. Every other request goes on meanwhile.
 */
export async function readXlsxSafely(content: Buffer): Promise<string[][]> {
  try {
    checkZipLimits(content);
  } catch {
    throw new SpreadsheetRefused('tooLarge');
  }
  const { timeoutMs, ...resourceLimits } = spreadsheetWorkerLimits;
  const worker = new Worker(xlsxWorkerSource, {
    eval: true,
    workerData: { content: new Uint8Array(content), excelJsPath, maxCells: maxSpreadsheetCells },
    resourceLimits,
  });
  try {
    return await new Promise<string[][]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new SpreadsheetRefused('tooLarge')), timeoutMs);
      worker.once('message', (message: { rows?: string[][] | 'tooManyCells'; error?: string }) => {
        clearTimeout(timer);
        if (message.rows === 'tooManyCells') reject(new SpreadsheetRefused('tooLarge'));
        else if (message.rows) resolve(message.rows);
        else reject(new SpreadsheetRefused('unreadable'));
      });
      worker.once('error', (error: Error & { code?: string }) => {
        clearTimeout(timer);
        // Out of its heap: the file unpacks to more than it may.
        reject(new SpreadsheetRefused(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'tooLarge' : 'unreadable'));
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        reject(new SpreadsheetRefused('unreadable'));
      });
    });
  } finally {
    await worker.terminate();
  }
}
