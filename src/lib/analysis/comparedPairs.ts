// The value comparison of two claims of one fact (claimComparer) depends only on the two claims and their
// articles (texts, publication dates), so it is remembered per ordered claim pair, named by article hash and claim
// id. Re-analyzing an event after adding an article then compares only the pairs it did not compare before. A
// previous result (for instance loaded from the database after a restart) seeds the memory: every cross-outlet
// pair of one of its facts was compared, and its discrepancies are exactly the ones the fact lists for that pair.
import type { EngineContext } from './engineContext';
import type { PreviousFacts } from './previousFacts';
import type { ValueDiscrepancy } from './compareValues';

// The memory is the caller's EngineContext (compared, and claimKeys: claim names interned to small integers,
// so a pair key is one number).
const LIMIT = 500_000;

/**
 * How a claim is named across runs: its article's input hash and its id (stable while the article is),
 * as a small integer (the same one for the same claim within one context).
 */
export function claimKey({ claimKeys }: EngineContext, articleHash: string, claimId: string): number {
  const name = `${articleHash}\u0000${claimId}`;
  let key = claimKeys.get(name);
  if (key === undefined) claimKeys.set(name, (key = claimKeys.size));
  return key;
}

function pairKey(first: number, second: number): number {
  return first * 2 ** 26 + second;
}

/** Value discrepancies of the ordered pair (first, second), computed once; without keys, always computed. */
export function comparePairOnce(
  { compared }: EngineContext,
  first: number | undefined,
  second: number | undefined,
  compute: () => ValueDiscrepancy[]
): readonly ValueDiscrepancy[] {
  if (first === undefined || second === undefined) return compute();
  const key = pairKey(first, second);
  const known = compared.get(key);
  if (known) return known;
  if (compared.size >= LIMIT) compared.clear();
  const values = compute();
  compared.set(key, values);
  return values;
}

/**
 * Keeps the memory bounded. Called before an analysis names its claims, never during one: forgetting claim
 * names while keys are in use would let two claims share a key.
 */
export function trimComparedPairs(context: EngineContext): void {
  if (context.compared.size >= LIMIT || context.claimKeys.size >= LIMIT) {
    // Forgets every comparison and claim name, and the verdicts keyed by claim names with them.
    context.compared.clear();
    context.claimKeys.clear();
    context.verdicts.clear();
  }
}

/**
 * Remembers the comparisons a previous result made: every cross-outlet pair of one of its facts was compared
 * in engine order, and its discrepancies are the ones the fact lists for that pair.
 */
export function seedComparedPairs({ compared }: EngineContext, { facts, keyOf }: PreviousFacts): void {
  for (const { fact, members } of facts) {
    const found = new Map<string, ValueDiscrepancy[]>();
    for (const d of fact.discrepancies) {
      const key = `${d.claims[0]}\u0001${d.claims[1]}`;
      let list = found.get(key);
      if (!list) found.set(key, (list = []));
      list.push({ type: d.type, values: [d.values[0], d.values[1]] });
    }
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = [members[x], members[y]];
        if (a.articleId === b.articleId || a.outlet === b.outlet) continue;
        compared.set(pairKey(keyOf.get(a.id)!, keyOf.get(b.id)!), found.get(`${a.id}\u0001${b.id}`) ?? []);
      }
    }
  }
}
