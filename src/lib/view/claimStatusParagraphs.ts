import type { Claim } from '../analysis/types';
import type { ValueMark } from './claimStatusMarks';

export interface TextPiece {
  text: string;
  start: number;
  mark?: ValueMark;
}

export interface TextRun {
  start: number;
  end: number;
  /** The claim this run belongs to, or undefined for text between claims. */
  claim?: Claim;
  pieces: TextPiece[];
}

export interface TextParagraph {
  start: number;
  runs: TextRun[];
}

/**
 * Splits an article into paragraphs (blank-line separated) of runs: plain text between claims and claim spans,
 * each run cut into pieces around value marks. An overlapping claim keeps only its part after the earlier one; spans are clipped to
 * the text. Concatenating all pieces of a paragraph gives back exactly its text.
 */
export function claimParagraphs(
  text: string,
  claims: Claim[],
  marks: Record<string, ValueMark[]> = {}
): TextParagraph[] {
  const sorted = [...claims]
    .map((c) => ({ claim: c, start: Math.max(0, c.start), end: Math.min(text.length, c.end) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: TextParagraph[] = [];
  const breaks = /\n[ \t]*\n\s*/g;
  let from = 0;
  const bounds: [number, number][] = [];
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  bounds.push([from, text.length]);
  let claimIndex = 0;
  for (const [pStart, pEnd] of bounds) {
    if (pEnd <= pStart) continue;
    const runs: TextRun[] = [];
    let at = pStart;
    while (claimIndex < sorted.length && sorted[claimIndex].end <= pStart) claimIndex++;
    for (let i = claimIndex; i < sorted.length && sorted[i].start < pEnd; i++) {
      const c = sorted[i];
      const start = Math.max(c.start, at);
      const end = Math.min(c.end, pEnd);
      if (end <= start) continue;
      if (start > at) runs.push(run(text, at, start));
      runs.push(run(text, start, end, c.claim, marks[c.claim.id] ?? []));
      at = end;
    }
    if (at < pEnd) runs.push(run(text, at, pEnd));
    paragraphs.push({ start: pStart, runs });
  }
  return paragraphs;
}

function run(text: string, start: number, end: number, claim?: Claim, marks: ValueMark[] = []): TextRun {
  const pieces: TextPiece[] = [];
  let at = start;
  for (const m of marks) {
    const s = Math.max(m.start, at);
    const e = Math.min(m.end, end);
    if (e <= s) continue;
    if (s > at) pieces.push({ text: text.slice(at, s), start: at });
    pieces.push({ text: text.slice(s, e), start: s, mark: m });
    at = e;
  }
  if (at < end) pieces.push({ text: text.slice(at, end), start: at });
  return { start, end, claim, pieces };
}
