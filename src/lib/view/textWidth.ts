// How much room a chart's text needs, estimated on the server (no DOM to measure): labels and lines are sized
// or cut from their length, so no label is clipped at the chart's edge ("…ecb" for "ECB+ 11_9ecb", "Cites most
// … (1"). The estimate is generous: a sans-serif character averages about 0.55 of the font size; 0.62 covers
// capitals and digits.
const CHAR_EM = 0.62;

/** Estimated width in px of `text` at `fontPx`. */
export function textWidth(text: string, fontPx = 12): number {
  return Math.ceil(text.length * fontPx * CHAR_EM);
}

/** Width of a column of right-aligned labels: the widest label plus `pad`, within [min, max]. */
export function labelColumnWidth(
  labels: string[],
  {
    fontPx = 12,
    pad = 16,
    min = 60,
    max = 260
  }: { fontPx?: number; pad?: number; min?: number; max?: number } = {}
): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontPx)));
  return Math.min(max, Math.max(min, widest + pad));
}

/**
 * "Cites most: A (3), B (2), and 4 more": as many items as fit in `width` px, then how many are left out (never an
 * item cut in the middle).
 */
export function fitList(prefix: string, items: string[], width: number, fontPx = 12): string {
  let line = prefix;
  for (let i = 0; i < items.length; i++) {
    const rest = items.length - i - 1;
    const next = `${line}${i ? ', ' : ''}${items[i]}`;
    const tail = rest ? `, and ${rest} more` : '';
    if (i > 0 && textWidth(next + tail, fontPx) > width) return `${line}, and ${items.length - i} more`;
    line = next;
  }
  return line;
}
