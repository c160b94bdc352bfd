type Item = { str: string; transform: number[]; width: number; height: number };

/**
 * The text of a PDF as a reader would copy it, line by line, for tests that read reports: Mozilla's
 * pdf.js in JavaScript (no poppler to install). Pieces on one baseline form a line, left to right;
 * pieces apart (table cells) are separated by spaces, as `pdftotext -layout` would keep them apart.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  // Loaded when a test reads a PDF, not by every test that imports the test helpers.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const lines = new Map<number, Item[]>();
      for (const item of content.items as Item[]) {
        if (!('str' in item) || item.str === '') continue;
        const y = Math.round(item.transform[5] ?? 0);
        lines.set(y, [...(lines.get(y) ?? []), item]);
      }
      const text = [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, items]) => {
          let line = '';
          let end = Number.NEGATIVE_INFINITY;
          for (const item of items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0))) {
            const x = item.transform[4] ?? 0;
            // A gap wider than a space between two pieces: another cell of the row.
            if (line && x - end > (item.height || 1) * 0.2 && !line.endsWith(' ')) line += '  ';
            line += item.str;
            end = x + item.width;
          }
          return line;
        });
      pages.push(text.join('\n'));
    }
  } finally {
    await document.destroy();
  }
  return pages.join('\n\f');
}
