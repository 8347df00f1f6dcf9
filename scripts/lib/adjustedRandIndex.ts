// Adjusted Rand index of a predicted clustering against gold labels (same order).
export function adjustedRandIndex(gold: string[], predicted: string[]): number {
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  gold.forEach((g, i) => {
    const p = predicted[i];
    cells.set(`${g}\u0000${p}`, (cells.get(`${g}\u0000${p}`) ?? 0) + 1);
    rows.set(g, (rows.get(g) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  });
  let index = 0;
  for (const c of cells.values()) index += choose2(c);
  let a = 0;
  let b = 0;
  for (const r of rows.values()) a += choose2(r);
  for (const c of cols.values()) b += choose2(c);
  const expected = (a * b) / choose2(gold.length);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
