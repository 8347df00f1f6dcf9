// Places as values of a fact: two places differ where both claims say where the same thing happened ("exploded in
// Paris" / "exploded in London"), and neither article names the other's place (they may name different parts of
// the story). A place that owns or names something can stand beside another ("Cleveland's voucher program" / "an
// Ohio case").
import type { ValueDiscrepancy } from './compareValues';
import type { TextMemo } from './features/analyzeText';
import { isTitleCaseText, placeLevel } from './features/findEntities';
import { PLACE_KINDS } from './lexicon/places';
import type { Claim, Entity } from './types';

/**
 * The place discrepancy of two claims that each name one place, or none. `mentionedIn(side, norm)` tells whether
 * that side's article names the place anywhere.
 */
export function placeConflicts(
  a: Claim,
  b: Claim,
  mentionedIn: (side: 'a' | 'b', norm: string) => boolean,
  memo?: TextMemo
): ValueDiscrepancy[] {
  const ea = places(a);
  const eb = places(b);
  if (ea.length !== 1 || eb.length !== 1) return [];
  // A headline in title case ("Checks Into Different Rehab Centre") capitalises every word: its names are no places.
  if (isTitleCaseText(a.text, memo) || isTitleCaseText(b.text, memo)) return [];
  const [x, y] = [ea[0], eb[0]];
  if (x.norm === y.norm || x.norm.includes(y.norm) || y.norm.includes(x.norm)) return [];
  // "arrested in Texas" / "arrested in Houston": a state or a country may hold the other side's city, which nothing
  // here can tell; places of one size cannot be one another.
  if (placeLevel(x.parts[0]) !== placeLevel(y.parts[0])) return [];
  // Whether a side's article names the other's place: what they share aside ("Moore, Oklahoma" / "Moore, Texas").
  const named = (side: 'a' | 'b', place: Place, other: Place) =>
    place.parts.some((norm) => !other.parts.includes(norm) && mentionedIn(side, norm));
  if (named('b', x, y) || named('a', y, x) || !sameLocative(x, a, y, b)) return [];
  return [{ type: 'place', values: [x.text, y.text] }];
}

/** A place as a value: "Moore, Oklahoma" is one place (parts "moore", "oklahoma"), not two. */
interface Place extends Entity {
  parts: string[];
}

function places(c: Claim): Place[] {
  const out: Place[] = [];
  for (const e of c.entities) {
    if (e.type !== 'place') continue;
    const last = out[out.length - 1];
    if (last && /^,\s*$/.test(c.text.slice(last.end - c.start, e.start - c.start)))
      out[out.length - 1] = {
        ...last,
        text: c.text.slice(last.start - c.start, e.end - c.start),
        norm: `${last.norm} ${e.norm}`,
        end: e.end,
        parts: [...last.parts, e.norm]
      };
    else out.push({ ...e, parts: [e.norm] });
  }
  return out;
}

/** A place followed by a common noun names a thing ("the Moscow theater"), it does not say where. */
const NAMES_A_THING =
  /^\s+(?!(?:on|in|at|near|and|or|to|for|of|with|by|from|after|before|when|while|as|was|were|is|are|has|had|late|early|last|this|today|yesterday|said|says)\b)\p{Ll}/u;

/** "in", "near", "at"... right before a place: where something happened, not a place that names or owns a thing. */
const LOCATIVE = new RegExp(
  String.raw`\b(in|at|near|outside|inside|from|into|across|off)\s+(?:the\s+)?(?:(?:${PLACE_KINDS}) of\s+)?$`,
  'i'
);

/** A verb of a disaster striking a place, right before it ("A tornado struck Moore, Oklahoma"). */
const STRUCK = /\b(struck|hit|rocked|shook|ravaged|devastated|battered|pounded|flooded)\s+$/i;

/**
 * Whether two places stand in one role: each right after the same locative preposition ("struck near Anza" /
 * "struck near Hemet") or verb of striking ("hit Moore, Oklahoma" / "hit Moore, Texas") and not naming or owning something ("Cleveland's voucher program" / "an Ohio case", "a
 * Moscow theater" / "the security of the United States"), which can both be right.
 */
function sameLocative(x: Entity, a: Claim, y: Entity, b: Claim): boolean {
  const role = (e: Entity, c: Claim) => {
    const window = c.text.slice(Math.max(0, e.start - c.start - 30), e.start - c.start);
    const before = LOCATIVE.exec(window) ?? STRUCK.exec(window);
    const after = c.text.slice(e.end - c.start);
    if (!before || /^['’]s?\b/.test(after) || NAMES_A_THING.test(after)) return '';
    return before[1].toLowerCase();
  };
  const ra = role(x, a);
  return ra !== '' && ra === role(y, b);
}
