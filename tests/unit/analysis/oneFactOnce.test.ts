// One fact once, as an invariant over real coverage: on every ECB+ train and dev sub-topic, no two facts share
// most of their claims, and every claim has exactly one own (primary) fact.
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { eventInputOf } from '../../../scripts/eval/evalCorefAlignment';
import { DEV_TOPICS, ecbplusAvailable, loadTopics, trainTopics } from '../../../scripts/lib/ecbplusCorpus';

const available = ecbplusAvailable();
if (!available) console.warn('ECB+ not found under ../shared/data: skipping the one-fact-once invariant');

describe.skipIf(!available)('one fact once, on every ECB+ train and dev sub-topic', () => {
  it('no two facts share most of their claims; each claim has one own fact', () => {
    const docs = available ? loadTopics([...trainTopics(), ...DEV_TOPICS]) : [];
    const bySubtopic = new Map<string, typeof docs>();
    for (const d of docs) {
      const subtopic = d.name.replace(/^(\d+)_\d+(ecb(?:plus)?)$/, '$1_$2');
      bySubtopic.set(subtopic, [...(bySubtopic.get(subtopic) ?? []), d]);
    }
    expect(bySubtopic.size).toBeGreaterThan(60);
    for (const [subtopic, docs] of bySubtopic) {
      const result = analyzeEvent(eventInputOf(docs, subtopic));
      const sets = result.facts.map((g) => new Set(g.claims));
      for (let x = 0; x < sets.length; x++)
        for (let y = x + 1; y < sets.length; y++) {
          let shared = 0;
          for (const id of sets[x]) if (sets[y].has(id)) shared++;
          const smaller = Math.min(sets[x].size, sets[y].size);
          if (shared > smaller / 2)
            expect.fail(
              `${subtopic}: ${result.facts[x].id} and ${result.facts[y].id} share ${shared} of ${smaller}`
            );
        }
      const own = result.facts.flatMap((g) => g.claims.filter((id) => !g.secondary?.includes(id)));
      const claims = result.articles.flatMap((a) =>
        a.claims.filter((c) => c.kind === 'claim').map((c) => c.id)
      );
      expect([...own].sort(), subtopic).toEqual([...claims].sort());
    }
  }, 300_000);
});
