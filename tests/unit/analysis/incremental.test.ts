// Re-analysis with `previous` must give exactly the result of analyzing from scratch: the engine reuses
// extraction, pair comparisons and verdicts, never decisions that the changed input could alter.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { createEngineContext, type EngineContext } from '../../../src/lib/analysis/engineContext';
import type { AnalysisResult, ArticleInput, EventInput } from '../../../src/lib/analysis/types';
import { positionalFactIds } from '../../../scripts/lib/positionalFactIds';
import { parseEcbDocument } from '../../../src/lib/ecbplus/parseEcbDocument';

// One flood, reported by several outlets: each reports some of the facts, with its own numbers and sources.
const FACTS: ((n: number) => string)[] = [
  (n) =>
    `Floods in the Sindh province killed at least ${40 + (n % 3) * 5} people on Tuesday, officials said.`,
  (n) => `About ${3000 + n * 500} families were moved to relief camps near Hyderabad.`,
  (n) => `The Indus river rose ${2 + (n % 2)} metres above its danger mark overnight.`,
  (n) =>
    `Prime Minister Shehbaz Sharif ${n % 2 ? 'visited' : 'did not visit'} the worst-hit district of Dadu.`,
  (n) => `The army deployed ${10 + n} helicopters to rescue stranded villagers, a military spokesman said.`,
  (n) =>
    `Rainfall in Karachi reached ${150 + n * 10} millimetres in 24 hours, the Meteorological Department reported.`,
  () => `Aid agencies warned that cholera could spread in the camps.`,
  (n) =>
    `The government announced compensation of ${n + 1} million rupees for each family that lost a relative.`,
  () => `Schools in the province will stay closed until Monday.`,
  (n) => `Witnesses said the water reached the rooftops in ${n % 2 ? 'several' : 'dozens of'} villages.`
];
const OUTLETS = ['Dawn', 'Reuters', 'BBC News', 'Al Jazeera', 'The Express Tribune', 'AP', 'Geo News'];

function fixtureArticle(n: number): ArticleInput {
  const facts = FACTS.filter((_, f) => (f * 7 + n * 3) % 5 !== 0).map((fact) => fact(n));
  const paragraphs = [];
  for (let p = 0; p < facts.length; p += 2) paragraphs.push(facts.slice(p, p + 2).join(' '));
  return {
    id: `a${n}`,
    outlet: OUTLETS[n % OUTLETS.length],
    title: `Sindh floods: day ${n + 1}`,
    published: `2022-08-${String(20 + (n % 8)).padStart(2, '0')}`,
    text: paragraphs.join('\n\n')
  };
}

const fixture = Array.from({ length: 9 }, (_, n) => fixtureArticle(n));
const event = (articles: ArticleInput[]): EventInput => ({ event: { title: 'Sindh floods' }, articles });

/**
 * The result from scratch, and the incremental one from the context that made `previous` (warm) and from a
 * stored copy in a new context (restarted).
 */
function analyseThreeWays(before: ArticleInput[], after: ArticleInput[]) {
  const context = createEngineContext();
  const previous = analyzeEvent(event(before), { context });
  const warm = analyzeEvent(event(after), { previous, context });
  const stored = JSON.parse(JSON.stringify(previous)) as AnalysisResult;
  const restarted = analyzeEvent(event(after), { previous: stored, context: createEngineContext() });
  const scratch = analyzeEvent(event(after), { context: createEngineContext() });
  return {
    previous,
    warm: positionalFactIds(warm),
    restarted: positionalFactIds(restarted),
    scratch: positionalFactIds(scratch)
  };
}

const changed = (a: ArticleInput): ArticleInput => ({
  ...a,
  text: a.text.replace(/at least \d+ people/, 'at least 61 people').replace('relief camps', 'tent camps')
});

const CASES: { name: string; before: ArticleInput[]; after: ArticleInput[] }[] = [
  { name: 'adding one article', before: fixture.slice(0, 8), after: fixture },
  { name: 'adding several articles', before: fixture.slice(0, 5), after: fixture },
  {
    name: "changing one article's text",
    before: fixture,
    after: fixture.map((a, i) => (i === 3 ? changed(a) : a))
  },
  { name: 'removing one article', before: fixture, after: fixture.filter((_, i) => i !== 2) },
  { name: 'reordering the articles', before: fixture, after: [...fixture].reverse() },
  { name: 'adding one article first', before: fixture.slice(1), after: fixture }
];

describe('analyzeEvent with previous = analyzeEvent from scratch', () => {
  for (const { name, before, after } of CASES) {
    it(name, () => {
      const { previous, warm, restarted, scratch } = analyseThreeWays(before, after);
      // The fixture is a real comparison: facts shared by several outlets, and differing numbers.
      expect(scratch.facts.some((g) => g.discrepancies.length > 0)).toBe(true);
      expect(
        scratch.facts.some((g) => Object.values(g.outlets).filter((v) => v !== 'absent').length >= 3)
      ).toBe(true);
      expect(previous).not.toEqual(scratch);
      expect(warm).toEqual(scratch);
      expect(restarted).toEqual(scratch);
    });
  }
});

const ecbDir = path.resolve(__dirname, '../../../../shared/data/ecbplus');
const ecbplus = fs.existsSync(ecbDir);
if (!ecbplus)
  console.warn(`ECB+ not found at ${ecbDir}: skipping the incremental re-analysis test on ECB+ dev topics`);

/** The articles of one ECB+ dev topic (both sub-topics), as event input. */
function topicArticles(topic: number): ArticleInput[] {
  const dir = path.join(ecbDir, String(topic));
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((file) => {
      const doc = parseEcbDocument(fs.readFileSync(path.join(dir, file), 'utf8'), file.replace(/\.xml$/, ''));
      return { id: doc.name, outlet: `outlet-${doc.name.replace(/\D+/g, '-')}`, text: doc.text };
    });
}

describe.skipIf(!ecbplus)('incremental re-analysis on ECB+ dev topics', () => {
  for (const topic of [2, 5]) {
    it(`topic ${topic}: adding one article, changing one, removing one`, () => {
      const articles = topicArticles(topic);
      expect(articles.length).toBeGreaterThan(5);
      const cases = [
        [articles.slice(0, -1), articles],
        [articles, articles.map((a, i) => (i === 1 ? { ...a, text: a.text.replace(/\d/, '7') } : a))],
        [articles, articles.filter((_, i) => i !== 0)]
      ];
      for (const [before, after] of cases) {
        const { warm, restarted, scratch } = analyseThreeWays(before, after);
        expect(warm).toEqual(scratch);
        expect(restarted).toEqual(scratch);
      }
    });
  }
});

describe('a previous result of another engine version', () => {
  it('is not reused: its claims (here altered) give way to a fresh extraction', () => {
    const previous = JSON.parse(JSON.stringify(analyzeEvent(event(fixture)))) as AnalysisResult;
    const stale: AnalysisResult = {
      ...previous,
      engine: 'parallax-claims/0',
      articles: previous.articles.map((a) => ({
        ...a,
        claims: a.claims.map((c) => ({ ...c, certainty: 'denied' as const }))
      }))
    };
    const again = analyzeEvent(event(fixture), { previous: stale });
    expect(again).toEqual(analyzeEvent(event(fixture)));
    expect(again.articles.flatMap((a) => a.claims).some((c) => c.certainty !== 'denied')).toBe(true);
  });
});

/** How many entries each memory of a context holds (WeakMap/WeakSet members cannot be counted). */
function sizes(context: EngineContext): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, memory] of Object.entries(context)) if (memory instanceof Map) out[name] = memory.size;
  return out;
}

describe('engine contexts share nothing', () => {
  const eventA = event(fixture.slice(0, 5));
  const eventB = event(fixture.slice(4).map(changed));

  it('analyzing event A in context 1 fills context 1 and leaves context 2 empty', () => {
    const [one, two] = [createEngineContext(), createEngineContext()];
    const resultA = analyzeEvent(eventA, { context: one });
    const empty = sizes(createEngineContext());
    expect(Object.keys(empty).length).toBe(10);
    expect(Object.values(empty).every((n) => n === 0)).toBe(true);
    expect(sizes(two)).toEqual(empty);
    const filled = sizes(one);
    for (const name of [
      'texts',
      'profiles',
      'sides',
      'termsByText',
      'overlaps',
      'textIds',
      'compared',
      'claimKeys',
      'verdicts',
      'shingles'
    ])
      expect(filled[name], name).toBeGreaterThan(0);
    expect(one.produced.has(resultA)).toBe(true);
    expect(two.produced.has(resultA)).toBe(false);
  });

  it("B's result is the same whether or not A was analyzed first, in the same context or another", () => {
    const alone = analyzeEvent(eventB, { context: createEngineContext() });
    const shared = createEngineContext();
    analyzeEvent(eventA, { context: shared });
    const afterAInSameContext = analyzeEvent(eventB, { context: shared });
    analyzeEvent(eventA, { context: createEngineContext() });
    const afterAElsewhere = analyzeEvent(eventB);
    expect(afterAInSameContext).toEqual(alone);
    expect(afterAElsewhere).toEqual(alone);
  });

  it('a result of another context is seeded from, as a stored one: the same as from scratch', () => {
    const previous = analyzeEvent(eventA, { context: createEngineContext() });
    const after = event(fixture.slice(0, 6));
    const other = createEngineContext();
    const seeded = analyzeEvent(after, { previous, context: other });
    expect(sizes(other).compared).toBeGreaterThan(0);
    expect(positionalFactIds(seeded)).toEqual(positionalFactIds(analyzeEvent(after)));
  });
});
