// Scores as values of a fact: "won the game 3-1" / "won the game 2-1", "the Senate voted 52-48" / "51-49", a
// record "(45-7-2)" / "(45-8-2)". A score is no count (findQuantities marks it, and quantity slots leave it out);
// two scores differ when each claim gives one as the result of a verb, both under the same verb, and the two sets
// of figures differ (in any order). A score that names which game ("hurt in a 27-24 loss") is no result.
import type { TextMemo } from './features/analyzeText';
import type { ValueDiscrepancy } from './compareValues';
import { sameAction } from './quantitySlots';
import type { Claim, Quantity } from './types';

/** The figures of a score from its first one: "3-1", "31-24", "45-7-2", a vote's "52 to 48". */
const SCORE = /^(\d+)(?:\s?[-–]\s?|\s+to\s+)(\d+)(?:\s?[-–]\s?(\d+))?/;

/** A game's noun right after its score. */
const NAMES_A_GAME =
  /^\s*(?:loss|losses|win|wins|victory|victories|defeat|defeats|decision|vote|triumph|rout|drubbing|setback|comeback|shutout|draw|tie|game|match|final)\b/i;

interface Score {
  quantity: Quantity;
  text: string;
  figures: number[];
}

function scoreOf(c: Claim): Score | undefined {
  const scores = c.numbers.filter((q) => q.kind === 'score');
  if (!scores.length) return undefined;
  const text = c.text.slice(scores[0].start - c.start);
  const m = SCORE.exec(text);
  // "hurt in a 27-24 loss", "after a 13-10 win": a score before its game's noun says which game, not its result.
  if (!m || NAMES_A_GAME.test(text.slice(m[0].length))) return undefined;
  // One score each: "52 to 48" is read as two figures, both inside the first one's score.
  if (scores.some((q) => q.start >= scores[0].start + m[0].length)) return undefined;
  const figures = m
    .slice(1)
    .filter((f) => f !== undefined)
    .map(Number);
  return { quantity: scores[0], text: m[0], figures: figures.sort((x, y) => x - y) };
}

/** The score discrepancy of two claims of one fact (at most one). */
export function scoreConflicts(a: Claim, b: Claim, memo?: TextMemo): ValueDiscrepancy[] {
  const [x, y] = [scoreOf(a), scoreOf(b)];
  if (!x || !y || x.figures.length !== y.figures.length) return [];
  if (x.figures.every((f, i) => f === y.figures[i])) return [];
  if (!sameAction(x.quantity, a, y.quantity, b, false, memo)) return [];
  return [{ type: 'number', values: [x.text, y.text] }];
}
