/**
 * A plain-text table. Numbers are printed with 3 decimals and undefined as "—"; the first column is left-aligned,
 * the others right-aligned unless `alignLeft` is set (for columns of prose).
 */
export function formatTable(
  header: string[],
  rows: (string | number | undefined)[][],
  { alignLeft = false }: { alignLeft?: boolean } = {}
): string {
  const cells = [
    header,
    ...rows.map((r) => r.map((c) => (c === undefined ? '—' : typeof c === 'number' ? c.toFixed(3) : c)))
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) =>
    r
      .map((c, i) => (i === 0 || alignLeft ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n'
  );
}
