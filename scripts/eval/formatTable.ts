/** A plain-text table with right-aligned numeric columns. */
export function formatTable(header: string[], rows: (string | number | undefined)[][]): string {
  const cells = [
    header,
    ...rows.map((r) => r.map((c) => (c === undefined ? '—' : typeof c === 'number' ? c.toFixed(3) : c)))
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n'
  );
}
