import { fileTypeFromBuffer } from 'file-type';

/** Evidence may be at most this large. */
export const maxEvidenceBytes = 10 * 1024 * 1024;

/** The kinds of file a board keeps as evidence; anything else is refused. */
const allowed = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
]);

/**
 * The file's real type, read from its content (magic bytes, and the parts inside Office and ODF
 * zip files), never from its name or the browser's word; null when it is not an allowed kind.
 */
export async function detectEvidenceType(content: Uint8Array): Promise<{ mime: string; ext: string } | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && allowed.has(detected.mime) ? { mime: detected.mime, ext: detected.ext } : null;
}
