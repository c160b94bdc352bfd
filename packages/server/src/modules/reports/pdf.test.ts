import { describe, expect, it } from 'vitest';
import { pdfText } from '../../testing/pdf-text.ts';
import { renderPdf, table } from './pdf.ts';

/** The lines of each page, empty lines left out. */
async function pages(pdf: Buffer): Promise<string[][]> {
  return (await pdfText(pdf)).split('\f').map((page) =>
    page
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

const header = /^Onderdeel\s+Waarde$/;
const row = /^rij \d+\.\d+\s+/;

describe('tables in PDF reports', () => {
  it('repeat their header row on every page a table runs onto', async () => {
    const rows = Array.from({ length: 160 }, (_, i) => [`rij 0.${i}`, `waarde ${i}`]);
    const pdf = await renderPdf({
      content: [{ text: 'Een lange tabel', style: 'heading' }, table(['Onderdeel', 'Waarde'], rows)],
    });
    const all = await pages(pdf);
    expect(all.length).toBeGreaterThan(2);
    for (const lines of all) {
      const first = lines.findIndex((line) => row.test(line));
      expect(first, lines.join('\n')).toBeGreaterThan(-1);
      expect(lines[first - 1], `page starting ${lines[0]}`).toMatch(header);
    }
  });

  it('never leave a heading or a header row alone at the bottom of a page', async () => {
    // Sections of different lengths, so that every position on a page is hit by some heading.
    const content = Array.from({ length: 60 }, (_, section) => [
      { text: `Kop ${section}`, style: 'heading' },
      table(
        ['Onderdeel', 'Waarde'],
        Array.from({ length: ((section * 7) % 11) + 1 }, (_, i) => [`rij ${section}.${i}`, `waarde ${i}`]),
      ),
    ]).flat();
    const all = await pages(await renderPdf({ content }));
    expect(all.length).toBeGreaterThan(3);
    for (const lines of all.slice(0, -1)) {
      const last = lines.at(-1) ?? '';
      expect(last, `last line of a page: ${last}`).not.toMatch(/^Kop \d+$/);
      expect(last, `last line of a page: ${last}`).not.toMatch(header);
    }
    // Every row is still there, once.
    const rowLines = all.flat().filter((line) => row.test(line));
    expect(rowLines.length).toBe(
      content.length / 2 + Array.from({ length: 60 }, (_, s) => (s * 7) % 11).reduce((a, b) => a + b, 0),
    );
  });
});
