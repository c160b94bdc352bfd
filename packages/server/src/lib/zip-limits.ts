import { unzipSync } from 'fflate';

/**
 * What an upload that is a zip archive (XLSX, DOCX, ODT) may hold once unpacked. A 1.4 MB
 * spreadsheet once unpacked to gigabytes and blocked every request for half a minute; these limits
 * are read from the archive's directory before anything is unpacked.
 */
export type ZipLimits = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number };

export const officeZipLimits: ZipLimits = {
  maxEntries: 500,
  maxEntryBytes: 30 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
};

export class ZipTooLarge extends Error {}

/** True when `content` starts like a zip archive. */
export const isZip = (content: Uint8Array) => content[0] === 0x50 && content[1] === 0x4b;

/**
 * Reads the archive's directory (fflate, nothing inflated: the filter declines every entry) and
 * refuses it when it has too many entries or says they unpack to too much. The sizes are the
 * archive's own word; whatever unpacks it later does so in a worker with a memory limit and a
 * time-out (lib/xlsx-read.ts), so a lying archive is stopped there.
 */
export function checkZipLimits(content: Uint8Array, limits: ZipLimits = officeZipLimits): void {
  let entries = 0;
  let total = 0;
  let problem: string | null = null;
  try {
    unzipSync(content, {
      filter(file) {
        entries++;
        total += file.originalSize;
        if (entries > limits.maxEntries) problem ??= `more than ${limits.maxEntries} entries`;
        if (file.originalSize > limits.maxEntryBytes) problem ??= 'an entry unpacks too large';
        if (total > limits.maxTotalBytes) problem ??= 'unpacks too large';
        return false;
      },
    });
  } catch (error) {
    if (problem) throw new ZipTooLarge(problem);
    throw new ZipTooLarge(`not a readable archive (${(error as Error).message})`);
  }
  if (problem) throw new ZipTooLarge(problem);
}
