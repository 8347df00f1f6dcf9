// The data table every chart offers beside its picture (WCAG: a text alternative with the same numbers), as
// plain data: the chart builds it from its view model, ChartFigure renders it (DataTable.svelte).

export interface TableCell {
  text: string;
  /** A link (to the fact page). */
  href?: string;
  /** Right-aligned digits. */
  num?: boolean;
  /** The row's header cell (th scope="row"). */
  header?: boolean;
}

export interface DataTable {
  caption: string;
  /** Read out but not shown (the chart's heading already says it). */
  captionHidden?: boolean;
  columns: string[];
  rows: { key: string; cells: (TableCell | string | number)[] }[];
}

/** A cell given as text or a number, as a TableCell (numbers right-aligned). */
export function tableCell(cell: TableCell | string | number): TableCell {
  if (typeof cell === 'number') return { text: String(cell), num: true };
  return typeof cell === 'string' ? { text: cell } : cell;
}
