import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';
import { splitSentences } from '../../../src/lib/analysis/splitSentences';
import type { Claim } from '../../../src/lib/analysis/types';
import { parseEcbDocument } from '../../../src/lib/ecbplus/parseEcbDocument';

const claimsOf = (text: string, published = '2013-09-14') =>
  extractClaims({ id: 'a1', outlet: 'Daily', published, text });

/** Units of one sentence cover it in order, without overlap; only whitespace between them. */
function expectCoverage(text: string, claims: Claim[]) {
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  splitSentences(text).forEach((s, i) => {
    const units = claims.filter((c) => c.sentence === i);
    expect(units.length).toBeGreaterThan(0);
    expect(units[0].start).toBe(s.start);
    expect(units[units.length - 1].end).toBe(s.end);
    for (let k = 1; k < units.length; k++) {
      expect(units[k].start).toBeGreaterThanOrEqual(units[k - 1].end);
      expect(text.slice(units[k - 1].end, units[k].start).trim()).toBe('');
    }
  });
}

describe('extractClaims', () => {
  it('numbers units in document order with article-scoped ids', () => {
    const claims = claimsOf(
      'Quake hits town\n\nThe quake struck at dawn. Two people died in the blast, and officials said the town was evacuated.'
    );
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `a1:c${i}`));
    expect(claims.every((c) => c.articleId === 'a1' && c.outlet === 'Daily')).toBe(true);
    expect(claims.map((c) => c.paragraph)).toEqual([0, 1, 1, 1]);
  });

  const splits: { text: string; units: string[]; sources: (string | null)[] }[] = [
    {
      text: 'The quake struck at 2:09 a.m., and police said no one was hurt.',
      units: ['The quake struck at 2:09 a.m.,', 'and police said no one was hurt.'],
      sources: [null, 'police']
    },
    {
      text: 'Police said the driver fled the scene, and officers arrested him two hours later.',
      units: ['Police said the driver fled the scene,', 'and officers arrested him two hours later.'],
      sources: ['Police', 'Police']
    },
    {
      text: 'The driver fled the scene, and officers arrested him two hours later, police said.',
      units: ['The driver fled the scene,', 'and officers arrested him two hours later, police said.'],
      sources: ['police', 'police']
    },
    {
      text: 'He was arrested on Friday; his lawyer declined to comment.',
      units: ['He was arrested on Friday;', 'his lawyer declined to comment.'],
      sources: [null, null]
    },
    {
      text: 'Ellen DeGeneres will host the Oscars, while Seth MacFarlane will not return.',
      units: ['Ellen DeGeneres will host the Oscars,', 'while Seth MacFarlane will not return.'],
      sources: [null, null]
    },
    {
      text: 'Police said the driver fled the scene and officers arrested him two hours later.',
      units: ['Police said the driver fled the scene', 'and officers arrested him two hours later.'],
      sources: ['Police', 'Police']
    },
    // Not split: shared subject, lists, compound subjects.
    {
      text: 'Police arrested and charged the man.',
      units: ['Police arrested and charged the man.'],
      sources: [null]
    },
    {
      text: 'She bought apples, pears, and oranges.',
      units: ['She bought apples, pears, and oranges.'],
      sources: [null]
    },
    {
      text: 'Defense Minister Niko Peleshi said his ministry and the Albanian army were not affected.',
      units: ['Defense Minister Niko Peleshi said his ministry and the Albanian army were not affected.'],
      sources: ['Defense Minister Niko Peleshi']
    }
  ];

  it.each(splits)('splits "$text" into independent clauses', ({ text, units, sources }) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(units);
    expect(claims.map((c) => c.attribution?.source ?? null)).toEqual(sources);
    for (const c of claims) if (c.attribution && !c.hedges.length) expect(c.certainty).toBe('attributed');
    expectCoverage(text, claims);
  });

  it('credits every sentence of a multi-sentence quotation to its speaker', () => {
    const text =
      'A Foreign Office spokeswoman said: “We are aware of the death. We are providing consular assistance.” ' +
      '“It was a tragedy. He was experienced,” his brother told reporters. The body was found on Sunday.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.attribution?.source ?? null, c.certainty])).toEqual([
      ['A Foreign Office spokeswoman', 'attributed'],
      ['A Foreign Office spokeswoman', 'attributed'],
      ['his brother', 'attributed'],
      ['his brother', 'attributed'],
      [null, 'asserted']
    ]);
  });

  it.each([
    ['WASHINGTON (Reuters) -', 'The Senate passed the bill on Tuesday.'],
    ['TIRANA, Albania (AP) —', 'Albania cut diplomatic ties with Iran on Wednesday.'],
    ['KELLBY, March 12 (Continental Press) -', 'Four people were killed when the river burst its banks.'],
    ['LAGOS, 3 Feb 2024 -', 'Fuel prices rose for a third week.']
  ])('splits a glued dateline off the first sentence: %s', (dateline, sentence) => {
    const text = `${dateline} ${sentence}`;
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.text, c.kind, c.reason])).toEqual([
      [dateline, 'non-claim', 'dateline'],
      [sentence, 'claim', undefined]
    ]);
    expectCoverage(text, claims);
  });

  it.each([
    'NATO sent a high-level delegation to Albania on Wednesday.',
    'UN - backed forces said on Monday they had retaken the town.',
    'The US and the EU: trade talks resumed.'
  ])('leaves a sentence without a dateline whole: %s', (sentence) => {
    expect(claimsOf(sentence).map((c) => c.text)).toEqual([sentence]);
  });

  it('resolves dates against the publication date and reports features with absolute offsets', () => {
    const text =
      'Headline here\n\nNATO sent a high-level delegation to Albania on Wednesday to help the Balkan country.';
    const claims = claimsOf(text, '2022-09-22');
    const claim = claims[1];
    expect(claim.dates[0].from).toBe('2022-09-21');
    const albania = claim.entities.find((e) => e.norm === 'albania')!;
    expect(text.slice(albania.start, albania.end)).toBe('Albania');
    expect(albania.type).toBe('place');
    expect(claim.lemmas).toContain('delegation');
    expect(claim.lemmas).toContain('@2022-09-21');
  });
});

const root = path.resolve(import.meta.dirname, '../../..');
const factsDir = path.resolve(root, '../shared/data/facts-dev');
const ecbDir = path.resolve(root, '../shared/data/ecbplus');
const hasFacts = fs.existsSync(factsDir) && fs.existsSync(ecbDir);
if (!hasFacts) console.log('facts-dev or ECB+ not found: skipping the gold certainty test');

describe.skipIf(!hasFacts)('certainty on facts-dev', () => {
  it('agrees with the gold certainty of claim sentences at least 85% of the time', () => {
    // Gold certainty of a sentence: the strongest of its facts' labels (denied > hedged > attributed > asserted).
    const order = ['denied', 'hedged', 'attributed', 'asserted'];
    let agree = 0;
    let total = 0;
    for (const file of fs.readdirSync(factsDir).filter((f) => f.endsWith('.json'))) {
      const gold: { sentences: { doc: string; n: number; kind: string; facts: { certainty: string }[] }[] } =
        JSON.parse(fs.readFileSync(path.join(factsDir, file), 'utf8'));
      for (const name of new Set(gold.sentences.map((s) => s.doc))) {
        const xml = fs.readFileSync(path.join(ecbDir, name.split('_')[0], `${name}.xml`), 'utf8');
        const doc = parseEcbDocument(xml, name);
        const claims = extractClaims({ id: name, outlet: name, text: doc.text });
        for (const s of gold.sentences.filter(
          (g) => g.doc === name && g.kind === 'claim' && g.facts.length
        )) {
          const span = doc.sentences.find((x) => x.n === s.n)!;
          const units = claims.filter((c) => c.kind === 'claim' && c.start < span.end && c.end > span.start);
          if (units.length === 0) continue;
          const expected = order.find((o) => s.facts.some((f) => f.certainty === o));
          const predicted = order.find((o) => units.some((u) => u.certainty === o));
          total++;
          if (expected === predicted) agree++;
        }
      }
    }
    expect(total).toBeGreaterThan(400);
    expect(agree / total).toBeGreaterThanOrEqual(0.85);
  });
});

const seedPath = [
  path.resolve(root, 'db/seed/rt-2022-09-22-albania.txt'),
  path.resolve(root, '../shared/seed/000_29dcf59c98ca3ab2.txt')
].find((p) => fs.existsSync(p));
if (!seedPath) console.log('Seed article not found: skipping the seed span test');

describe.skipIf(!seedPath)('extractClaims on the seed article', () => {
  it('returns spans that slice back to the text and cover every sentence', () => {
    const text = fs.readFileSync(seedPath!, 'utf8');
    const claims = extractClaims({ id: 'rt', outlet: 'RT', published: '2022-09-22', text });
    expectCoverage(text, claims);
    const feature = claims.flatMap((c) => [...c.entities, ...c.numbers, ...c.dates, ...c.quotes]);
    for (const f of feature) {
      const owner = claims.find((c) => f.start >= c.start && f.end <= c.end);
      expect(owner, JSON.stringify(f)).toBeDefined();
    }
  });
});
