import type { FastifyRequest } from 'fastify';
import { HttpError, invalidInput } from '../../http-error.ts';
import { checkZipLimits, isZip } from '../../lib/zip-limits.ts';

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
  // Loaded with the first upload, not at every start.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(content);
  return detected && allowed.has(detected.mime) ? { mime: detected.mime, ext: detected.ext } : null;
}

/** An uploaded file that passed every check, with the form's text fields sent before it. */
export type EvidenceUpload = {
  content: Buffer;
  type: { mime: string; ext: string };
  /** The uploader's name for it, without control characters. */
  title: string;
  fields: Record<string, string>;
};

/**
 * Reads the one file of a multipart request (field `file`) and checks it as evidence is checked:
 * at most `maxEvidenceBytes` (413), an Office zip no larger unpacked than the limits (413), and an
 * allowed type read from the content (400). Text fields must come before the file to be read.
 */
export async function readEvidenceUpload(request: FastifyRequest): Promise<EvidenceUpload> {
  if (!request.isMultipart()) throw invalidInput('fileMissing');
  const file = await request.file({ limits: { fileSize: maxEvidenceBytes, files: 1 } });
  if (!file) throw invalidInput('fileMissing');
  const content = await file.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new HttpError(413, 'INVALID_INPUT', 'fileTooLarge');
    throw error;
  });
  // Office files are zip archives: their unpacked size is checked before anything reads inside.
  if (isZip(content)) {
    try {
      checkZipLimits(content);
    } catch {
      throw new HttpError(413, 'INVALID_INPUT', 'fileUnpacksTooLarge');
    }
  }
  const type = await detectEvidenceType(content);
  if (!type) throw invalidInput('fileTypeNotAllowed');
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(file.fields)) {
    const one = Array.isArray(field) ? field[0] : field;
    if (one && one.type === 'field' && typeof one.value === 'string') fields[name] = one.value;
  }
  const title = file.filename.replace(/[\p{Cc}]/gu, '').slice(0, 200) || `evidence.${type.ext}`;
  return { content, type, title, fields };
}
