import { unzipSync } from 'fflate';

/** Where the running text of each Office kind lives inside its zip archive. */
const textParts: Record<string, RegExp> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/,
  'application/vnd.oasis.opendocument.text': /^(content|styles)\.xml$/,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/,
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The words of an Office XML part: paragraphs, cells and breaks apart, runs within a word joined. */
function xmlText(xml: string): string {
  return xml
    .replace(
      /<\/(w:p|text:p|text:h|si|c|w:tc)>|<(w:br|w:tab|text:tab|text:s|text:line-break)\b[^>]*\/?>/g,
      ' ',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return entities[name] ?? whole;
    });
}

/**
 * The text of an uploaded document, for the check on names before it is shared: Word (DOCX), ODT
 * and Excel (XLSX) are read; null for a kind whose text is not read here (PDF, images), so that the
 * page asks the uploader to check it herself. The archive's size was checked before (zip limits).
 */
export function documentText(content: Uint8Array, mime: string): string | null {
  const parts = textParts[mime];
  if (!parts) return null;
  try {
    const files = unzipSync(content, { filter: (file) => parts.test(file.name) });
    return Object.values(files)
      .map((bytes) => xmlText(new TextDecoder().decode(bytes)))
      .join(' ');
  } catch {
    return null;
  }
}
