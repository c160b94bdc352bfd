import type { TFunction } from 'i18next';
import { isValidElement, type ReactNode } from 'react';

/** A column header with a class, such as `table__number` for a right-aligned figure. */
export type Column = { label: ReactNode; className?: string };

/** A column's catalogue key within its table's section; `{ figure: key }` for a right-aligned figure. */
export type ColumnKey = string | { figure: string };

/** The column headers of a table whose texts share one catalogue section, such as `monitor.rounds`. */
export function columnsUnder(t: TFunction, section: string, keys: ColumnKey[]): Column[] {
  return keys.map((key) =>
    typeof key === 'string'
      ? { label: t(`${section}.${key}`) }
      : { label: t(`${section}.${key.figure}`), className: 'table__number' },
  );
}

const isColumn = (column: ReactNode | Column): column is Column =>
  typeof column === 'object' && column !== null && !isValidElement(column) && 'label' in column;

/**
 * A table of data: a caption that names it (hidden but still read when the page's heading
 * already says it), one header row of column headers (`scope="col"`), and its rows as children.
 * It scrolls sideways inside its own box on a narrow screen instead of widening the page.
 */
export function DataTable({
  caption,
  hideCaption = false,
  columns,
  head,
  foot,
  id,
  scroll = true,
  children,
}: {
  caption: ReactNode;
  hideCaption?: boolean;
  /** The column headers; or `head` for a header row of one's own making. */
  columns?: Array<ReactNode | Column>;
  head?: ReactNode;
  /** Rows under the body, such as totals (in a `tfoot`). */
  foot?: ReactNode;
  id?: string;
  /** Wraps the table in a box that scrolls sideways (on unless the caller already has one). */
  scroll?: boolean;
  /** The body's rows. */
  children: ReactNode;
}) {
  const table = (
    <table className="table" id={id}>
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {head ??
            columns?.map((column, index) =>
              isColumn(column) ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns never change order
                <th key={index} scope="col" className={column.className}>
                  {column.label}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns never change order
                <th key={index} scope="col">
                  {column}
                </th>
              ),
            )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}
