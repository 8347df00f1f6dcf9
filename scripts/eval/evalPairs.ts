// The `parallax pairs` relation (same / related / unrelated) scored on sentence pairs built from the
// hand-labelled facts-dev events, beside a word-overlap baseline. Gold relation of two claim sentences from
// different articles: unrelated when they share no fact; same when they state the same facts with no
// conflicting value and no denial on one side only; related otherwise (one adds, lacks or changes something).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePair } from '../../src/lib/analysis/comparePair';
import type { PairRelation } from '../../src/lib/analysis/types';
import { parseEcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import { contentWords, jaccard } from './baseline';
import type { FactsEvent } from './loadFactsDev';
import { pairKey, prf, type Prf } from './metrics';

export const RELATIONS: PairRelation[] = ['same', 'related', 'unrelated'];
/** Word-overlap baseline: Jaccard of content words at least this much is "same", at least BASELINE_RELATED "related". */
export const BASELINE_SAME = 0.5;
export const BASELINE_RELATED = 0.1;
/** Unrelated pairs far outnumber the others: keep at most this many per related-or-same pair (deterministic). */
const UNRELATED_PER_POSITIVE = 2;

export interface GoldPair {
  id: string;
  a: string;
  b: string;
  relation: PairRelation;
}

export interface PairScores {
  pairs: number;
  byGold: Record<PairRelation, number>;
  perClass: Record<PairRelation, Prf>;
  macroF1: number;
  accuracy: number;
  /** "same" against the rest: the paraphrase-detection view. */
  sameF1: number;
  /** same-or-related against unrelated: the "about the same fact" view. */
  relatedF1: number;
}

/** FNV-1a of a string: a stable, seedless order for sampling. */
function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function goldPairs(event: FactsEvent, ecbDir: string): GoldPair[] {
  const texts = new Map<string, string>();
  for (const doc of new Set(event.sentences.map((s) => s.doc))) {
    const parsed = parseEcbDocument(readFileSync(join(ecbDir, doc.split('_')[0], `${doc}.xml`), 'utf8'), doc);
    for (const s of parsed.sentences) texts.set(`${doc}#${s.n}`, s.text);
  }
  const conflicts = new Map(
    event.facts.map((f) => [f.id, new Set(f.conflicts.map(([x, y]) => pairKey(x, y)))])
  );
  const claims = event.sentences.filter(
    (s) => s.kind === 'claim' && s.facts.length && texts.has(`${s.doc}#${s.n}`)
  );
  const positives: GoldPair[] = [];
  const unrelated: GoldPair[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i], claims[j]];
      if (a.doc === b.doc) continue;
      const factsA = new Set(a.facts.map((f) => f.fact));
      const factsB = new Set(b.facts.map((f) => f.fact));
      const shared = [...factsA].filter((f) => factsB.has(f));
      let conflict = false;
      for (const x of a.facts)
        for (const y of b.facts) {
          if (x.fact !== y.fact) continue;
          if (x.value && y.value && conflicts.get(x.fact)?.has(pairKey(x.value, y.value))) conflict = true;
          if ((x.certainty === 'denied') !== (y.certainty === 'denied')) conflict = true;
        }
      const sameFacts = factsA.size === factsB.size && shared.length === factsA.size;
      const relation: PairRelation = !shared.length
        ? 'unrelated'
        : sameFacts && !conflict
          ? 'same'
          : 'related';
      const pair = {
        id: `${a.doc}#${a.n}|${b.doc}#${b.n}`,
        a: texts.get(`${a.doc}#${a.n}`)!,
        b: texts.get(`${b.doc}#${b.n}`)!,
        relation
      };
      (relation === 'unrelated' ? unrelated : positives).push(pair);
    }
  }
  const kept = unrelated
    .sort((x, y) => stableHash(x.id) - stableHash(y.id) || (x.id < y.id ? -1 : 1))
    .slice(0, positives.length * UNRELATED_PER_POSITIVE);
  return [...positives, ...kept];
}

export function baselineRelation(a: string, b: string): PairRelation {
  const overlap = jaccard(contentWords(a), contentWords(b));
  return overlap >= BASELINE_SAME ? 'same' : overlap >= BASELINE_RELATED ? 'related' : 'unrelated';
}

export function scorePairs(gold: PairRelation[], predicted: PairRelation[]): PairScores {
  const count = (f: (g: PairRelation, p: PairRelation) => boolean) =>
    gold.reduce((n, g, i) => n + (f(g, predicted[i]) ? 1 : 0), 0);
  const perClass = Object.fromEntries(
    RELATIONS.map((r) => [
      r,
      prf(
        count((g, p) => g === r && p === r),
        count((g, p) => g !== r && p === r),
        count((g, p) => g === r && p !== r)
      )
    ])
  ) as Record<PairRelation, Prf>;
  const related = (r: PairRelation) => r !== 'unrelated';
  return {
    pairs: gold.length,
    byGold: Object.fromEntries(RELATIONS.map((r) => [r, count((g) => g === r)])) as Record<
      PairRelation,
      number
    >,
    perClass,
    macroF1: RELATIONS.reduce((s, r) => s + perClass[r].f1, 0) / RELATIONS.length,
    accuracy: gold.length ? count((g, p) => g === p) / gold.length : 0,
    sameF1: perClass.same.f1,
    relatedF1: prf(
      count((g, p) => related(g) && related(p)),
      count((g, p) => !related(g) && related(p)),
      count((g, p) => related(g) && !related(p))
    ).f1
  };
}

/** Engine and baseline scores over all events' pairs. */
export function evalPairs(
  events: FactsEvent[],
  ecbDir: string
): { engine: PairScores; baseline: PairScores } {
  const pairs = events.flatMap((e) => goldPairs(e, ecbDir));
  const gold = pairs.map((p) => p.relation);
  return {
    engine: scorePairs(
      gold,
      pairs.map((p) => comparePair(p.a, p.b).relation)
    ),
    baseline: scorePairs(
      gold,
      pairs.map((p) => baselineRelation(p.a, p.b))
    )
  };
}
