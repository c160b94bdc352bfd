/// <reference path="./pdfmake.d.ts" />
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const fontsDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/**
 * pdfmake 0.3's server API: fonts are files, read only from pdfmake's own fonts folder (the local
 * access policy), and no document may fetch anything from a URL. Loaded on the first report, so
 * that starting the server does not pay for it.
 */
let loaded: Promise<typeof import('pdfmake').default> | null = null;
function loadPdfmake() {
  loaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setFonts({
      Roboto: {
        normal: path.join(fontsDir, 'Roboto-Regular.ttf'),
        bold: path.join(fontsDir, 'Roboto-Medium.ttf'),
        italics: path.join(fontsDir, 'Roboto-Italic.ttf'),
        bolditalics: path.join(fontsDir, 'Roboto-MediumItalic.ttf'),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir + path.sep));
    return pdfmake;
  });
  return loaded;
}

export type Content = object | string | Content[];

type NodeInfo = {
  style?: string | string[];
  startPosition?: { verticalRatio: number; pageInnerHeight: number };
};

/** Room a heading needs below it: itself, a table's header row and its first row. */
const headingRoom = 90;

/**
 * A heading near the bottom of a page, or with nothing after it there, moves to the next page with
 * what it heads. Tables keep their header row with their first row (keepWithHeaderRows), never
 * split a row, and repeat the header row on every page.
 */
function keepHeadingsWithContent(node: NodeInfo, nodes: { getFollowingNodesOnPage(): NodeInfo[] }) {
  const styles = Array.isArray(node.style) ? node.style : [node.style];
  if (!styles.some((style) => style === 'heading' || style === 'subheading')) return false;
  const start = node.startPosition;
  if (start && (1 - start.verticalRatio) * start.pageInnerHeight < headingRoom) return true;
  return nodes.getFollowingNodesOnPage().length === 0;
}

export async function renderPdf(document: { content: Content[]; info?: object }): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  return pdfmake
    .createPdf({
      pageSize: 'A4',
      pageMargins: [48, 56, 48, 56],
      defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
      styles: {
        title: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
        subtitle: { fontSize: 12, color: '#444444', margin: [0, 0, 0, 12] },
        heading: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
        subheading: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
        note: { fontSize: 9, italics: true, color: '#444444', margin: [0, 2, 0, 6] },
        tableHeader: { bold: true },
      },
      pageBreakBefore: keepHeadingsWithContent,
      ...document,
    })
    .getBuffer();
}

/** A bar of `value` on a scale up to `max`, drawn beside its number in a table: the chart and its figure together. */
export function bar(value: number | null, max: number, width = 120): object {
  const w = value === null ? 0 : Math.max(0, Math.min(1, value / max)) * width;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 2, w: width, h: 8, color: '#e6e6e6' },
      ...(w > 0 ? [{ type: 'rect', x: 0, y: 2, w, h: 8, color: '#1f5f8b' }] : []),
    ],
  };
}

/** A table with a header row and light lines. */
export function table(
  header: string[],
  rows: Array<Array<string | object>>,
  widths?: Array<string | number>,
): object {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: widths ?? header.map(() => '*'),
      body: [header.map((text) => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 8],
  };
}
