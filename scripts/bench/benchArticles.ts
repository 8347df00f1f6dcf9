import { existsSync, readFileSync } from 'node:fs';
import type { ArticleInput } from '../../src/lib/analysis/types';
import { baselineSplitSentences } from '../eval/baseline';
import { availableTopics, loadEcbDocuments } from '../eval/loadEcbPlus';

export interface BenchArticles {
  source: string;
  articles: ArticleInput[];
}

/** Every ECB+ article (all topics) in corpus order, so consecutive articles tend to report the same event. */
export function ecbArticles(ecbDir: string): ArticleInput[] {
  return loadEcbDocuments(ecbDir, availableTopics(ecbDir)).map((doc) => ({
    id: doc.name,
    outlet: doc.url ? new URL(doc.url).hostname.replace(/^www\./, '') : `outlet-${doc.name.split('_')[1]}`,
    text: doc.text
  }));
}

/** Deterministic PRNG (mulberry32), so generated articles are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` articles recombined from the seed article's sentences: each takes 8-24 sentences (in the seed's order,
 * so texts still read as reports), split into paragraphs of 2-3 sentences.
 */
export function seedArticles(seedText: string, count: number): ArticleInput[] {
  const sentences = baselineSplitSentences(seedText).map((s) => seedText.slice(s.start, s.end));
  const next = random(20220922);
  return Array.from({ length: count }, (_, i) => {
    const size = 8 + Math.floor(next() * 17);
    const picked = new Set<number>();
    while (picked.size < Math.min(size, sentences.length)) picked.add(Math.floor(next() * sentences.length));
    const ordered = [...picked].sort((a, b) => a - b).map((n) => sentences[n]);
    const paragraphs: string[] = [];
    for (let p = 0; p < ordered.length; p += 3) paragraphs.push(ordered.slice(p, p + 3).join(' '));
    return { id: `seed-${i}`, outlet: `Outlet ${i % 12}`, text: paragraphs.join('\n\n') };
  });
}

/** ECB+ when the corpus is there, else articles generated from the seed. */
export function benchArticles(ecbDir: string, seedFile: string, needed: number): BenchArticles {
  if (existsSync(ecbDir)) {
    const articles = ecbArticles(ecbDir);
    if (articles.length >= needed) {
      return {
        source: `ECB+ corpus, all topics (${articles.length} real news articles) from ${ecbDir}`,
        articles
      };
    }
  }
  if (!existsSync(seedFile))
    throw new Error(`bench: neither the ECB+ corpus (${ecbDir}) nor the seed (${seedFile}) is there`);
  return {
    source: `GENERATED: ${needed} articles recombined from the sentences of the seed article ${seedFile} (no ECB+ at ${ecbDir})`,
    articles: seedArticles(readFileSync(seedFile, 'utf8'), needed)
  };
}
