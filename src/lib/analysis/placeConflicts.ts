// Places as values of a fact: two places differ where both claims say where the same thing happened ("exploded in
// Paris" / "exploded in London"), and neither article names the other's place (they may name different parts of
// the story). A place that owns or names something can stand beside another ("Cleveland's voucher program" / "an
// Ohio case").
import type { ValueDiscrepancy } from './compareValues';
import type { Claim, Entity } from './types';

/**
 * The place discrepancy of two claims that each name one place, or none. `mentionedIn(side, norm)` tells whether
 * that side's article names the place anywhere.
 */
export function placeConflicts(
  a: Claim,
  b: Claim,
  mentionedIn: (side: 'a' | 'b', norm: string) => boolean
): ValueDiscrepancy[] {
  const ea = a.entities.filter((e) => e.type === 'place');
  const eb = b.entities.filter((e) => e.type === 'place');
  if (ea.length !== 1 || eb.length !== 1) return [];
  const [x, y] = [ea[0], eb[0]];
  if (x.norm === y.norm || x.norm.includes(y.norm) || y.norm.includes(x.norm)) return [];
  if (mentionedIn('b', x.norm) || mentionedIn('a', y.norm) || !sameLocative(x, a, y, b)) return [];
  return [{ type: 'place', values: [x.text, y.text] }];
}

/** A place followed by a common noun names a thing ("the Moscow theater"), it does not say where. */
const NAMES_A_THING =
  /^\s+(?!(?:on|in|at|near|and|or|to|for|of|with|by|from|after|before|when|while|as|was|were|is|are|has|had|late|early|last|this|today|yesterday|said|says)\b)\p{Ll}/u;

/** "in", "near", "at"... right before a place: where something happened, not a place that names or owns a thing. */
const LOCATIVE = /\b(in|at|near|outside|inside|from|into|across|off)\s+(?:the\s+)?$/i;

/**
 * Whether two places stand in one role: each right after the same locative preposition ("struck near Anza" /
 * "struck near Hemet") and not naming or owning something ("Cleveland's voucher program" / "an Ohio case", "a
 * Moscow theater" / "the security of the United States"), which can both be right.
 */
function sameLocative(x: Entity, a: Claim, y: Entity, b: Claim): boolean {
  const role = (e: Entity, c: Claim) => {
    const before = LOCATIVE.exec(c.text.slice(Math.max(0, e.start - c.start - 12), e.start - c.start));
    const after = c.text.slice(e.end - c.start);
    if (!before || /^['’]s?\b/.test(after) || NAMES_A_THING.test(after)) return '';
    return before[1].toLowerCase();
  };
  const ra = role(x, a);
  return ra !== '' && ra === role(y, b);
}
