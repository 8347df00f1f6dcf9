// The worker's per-event engine contexts: one per event, the least recently used dropped beyond the limit.
import { describe, expect, it } from 'vitest';
import { createEngineContexts } from '../../../src/lib/server/analysis/engineContexts';

describe('createEngineContexts', () => {
  const cases: { name: string; limit: number; uses: number[]; kept: number[] }[] = [
    { name: 'keeps every event under the limit', limit: 3, uses: [1, 2, 3], kept: [1, 2, 3] },
    { name: 'drops the least recently used', limit: 2, uses: [1, 2, 3], kept: [2, 3] },
    { name: 'a use makes an event the most recent', limit: 2, uses: [1, 2, 1, 3], kept: [1, 3] },
    { name: 'a repeated event is one entry', limit: 8, uses: [5, 5, 5], kept: [5] }
  ];
  for (const { name, limit, uses, kept } of cases) {
    it(name, () => {
      const contexts = createEngineContexts(limit);
      for (const id of uses) contexts.of(id);
      expect(contexts.events()).toEqual(kept);
    });
  }

  it('gives an event the same context until it is dropped, and different events different ones', () => {
    const contexts = createEngineContexts(1);
    const first = contexts.of(1);
    expect(contexts.of(1)).toBe(first);
    expect(contexts.of(2)).not.toBe(first);
    expect(contexts.of(1)).not.toBe(first);
  });
});
