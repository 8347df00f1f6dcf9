// A toll of none against a count of some of the people: "No one was hurt in the fire" / "Two firefighters were
// hurt in the fire". The zero counts people in general (`c:person injury`) and the other side a group of them
// (`c:firefighter`), so the two are different slots and compareValues' slot loop never meets them; yet none of the
// people can have been hurt if two firefighters were. A group of things ("two cars were damaged") or another
// outcome ("two firefighters were treated") says nothing against it.
import type { TextMemo } from './features/analyzeText';
import type { ValueDiscrepancy } from './compareValues';
import { lemmatize } from './lemmatize';
import { GROUPS_OF_PEOPLE } from './lexicon/outcomes';
import { PERSON_NOUNS } from './lexicon/roles';
import { outcomeOfPeople } from './quantitySlots';
import type { Claim, Quantity } from './types';

/** The outcome of a toll of none ("death" of `c:person death`), when the slot is one. */
function noneOf(slot: string, list: readonly Quantity[]): string | undefined {
  const m = /^c:person (\w+)$/.exec(slot);
  return m && list.length === 1 && list[0].value === 0 ? m[1] : undefined;
}

/** Whether a count slot counts a group of people ("c:firefighter", "c:passenger"). */
function countsPeople(slot: string): boolean {
  const m = /^c:([a-z-]+)$/.exec(slot);
  return (
    !!m && (PERSON_NOUNS.has(m[1]) || GROUPS_OF_PEOPLE.has(m[1]) || GROUPS_OF_PEOPLE.has(lemmatize(m[1])))
  );
}

/** A toll of none among `zeroSlots` and a positive count of some people with its outcome in `other`, if any. */
function oneWay(
  zeroSlots: Map<string, Quantity[]>,
  other: Map<string, Quantity[]>,
  otherClaim: Claim,
  memo?: TextMemo
): [Quantity, Quantity] | undefined {
  for (const [slot, list] of zeroSlots) {
    const outcome = noneOf(slot, list);
    if (!outcome) continue;
    for (const [otherSlot, counts] of other) {
      if (!countsPeople(otherSlot)) continue;
      const some = counts.find(
        (q) => q.value > 0 && outcomeOfPeople(q, otherClaim, memo) === `c:person ${outcome}`
      );
      if (some) return [list[0], some];
    }
  }
  return undefined;
}

/** The number discrepancy of a toll of none on one side and a positive count of some people on the other. */
export function zeroTollConflicts(
  a: Claim,
  qa: Map<string, Quantity[]>,
  b: Claim,
  qb: Map<string, Quantity[]>,
  memo?: TextMemo
): ValueDiscrepancy[] {
  const ab = oneWay(qa, qb, b, memo);
  if (ab) return [{ type: 'number', values: [ab[0].text, ab[1].text] }];
  const ba = oneWay(qb, qa, a, memo);
  return ba ? [{ type: 'number', values: [ba[1].text, ba[0].text] }] : [];
}
