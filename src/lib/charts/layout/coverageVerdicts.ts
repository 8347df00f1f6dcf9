// How each verdict looks everywhere in the overview: an Okabe–Ito colour AND a glyph (or, for 'absent', a
// hatch pattern), so no status depends on colour alone.
import { VERDICTS, type Verdict } from '../../analysis/types';

export interface VerdictStyle {
  label: string;
  glyph: string;
  color: string;
  /** What the cell means, for legends and screen readers ("Reuters reports it the same way"). */
  meaning: string;
}

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  same: { label: 'Same', glyph: '✓', color: '#009E73', meaning: 'reports it the same way' },
  partial: { label: 'Partly', glyph: '◐', color: '#56B4E9', meaning: 'reports it with less or other detail' },
  differ: { label: 'Differs', glyph: '✕', color: '#D55E00', meaning: 'contradicts another outlet' },
  absent: { label: 'Not reported', glyph: '–', color: '#D9D9D9', meaning: 'does not report it' }
};

/** The order verdicts are listed in, from agreement to absence. */
export const VERDICT_ORDER: Verdict[] = [...VERDICTS];

/** Next focused cell of a grid for an arrow/Home/End key; null for other keys. `lastCol(row)` bounds each row. */
export function gridMove(
  key: string,
  row: number,
  col: number,
  rows: number,
  lastCol: (row: number) => number,
  firstCol: (row: number) => number = () => 0
): { row: number; col: number } | null {
  const clampCol = (r: number, c: number) => Math.min(Math.max(c, firstCol(r)), lastCol(r));
  switch (key) {
    case 'ArrowRight':
      return { row, col: clampCol(row, col + 1) };
    case 'ArrowLeft':
      return { row, col: clampCol(row, col - 1) };
    case 'ArrowDown': {
      const r = Math.min(row + 1, rows - 1);
      return { row: r, col: clampCol(r, col) };
    }
    case 'ArrowUp': {
      const r = Math.max(row - 1, 0);
      return { row: r, col: clampCol(r, col) };
    }
    case 'Home':
      return { row, col: firstCol(row) };
    case 'End':
      return { row, col: lastCol(row) };
    default:
      return null;
  }
}
