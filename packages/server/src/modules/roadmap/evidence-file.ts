import { fileTypeFromBuffer } from 'file-type';

/** Evidence may be at most this large. */
export const maxEvidenceBytes = 10 * 1024 * 1024;

/** The kinds of file a board keeps as evidence, with the extension each is saved under. */
const extensionOf: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
const allowed = new Set(Object.keys(extensionOf));

/**
 * The name a download gets: the uploader's name without its extension, plus the extension of the
 * type read from the content. A PDF/HTML polyglot uploaded as `evil.html` downloads as
 * `evil.pdf`, so that no browser or desktop opens it as a web page.
 */
export function evidenceFileName(uploadedName: string, mime: string): string {
  const stem = uploadedName.replace(/\.[^.]*$/, '').trim() || 'bestand';
  return `${stem}.${extensionOf[mime] ?? 'bin'}`;
}

/**
 * The file's real type, read from its content (magic bytes, and the parts inside Office and ODF
 * zip files), never from its name or the browser's word; null when it is not an allowed kind.
 */
export async function detectEvidenceType(content: Uint8Array): Promise<{ mime: string; ext: string } | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && allowed.has(detected.mime) ? { mime: detected.mime, ext: detected.ext } : null;
}
