// Two claims that count different outcomes and no outcome in common state different facts: "Four people were
// killed" and "Some 1,500 people were evacuated" share the people, the town and the night of one flood, but the
// toll and the evacuation are two questions a reader puts side by side separately (GUIDE: "number of people
// killed" is a fact of its own). A sentence that gives both ("four dead, 1,200 evacuated") shares one with each.
import type { TextMemo } from './features/analyzeText';
import { namesOutcome, quantitiesBySlot } from './quantitySlots';
import type { Claim } from './types';

/** The outcomes a claim counts ("death", "injury", "evacuation"...), from its figures' slots. */
export function countedOutcomes(c: Claim, memo?: TextMemo): Set<string> {
  return new Set(
    [...quantitiesBySlot(c, memo).keys()].filter(namesOutcome).map((slot) => slot.split(' ').pop()!)
  );
}

/** Whether both claims count outcomes and none of them is the same. */
export function reportOtherOutcomes(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((o) => b.has(o));
}
