// `npm run bench`: engine throughput, event analysis time at 10 / 50 / 200 articles (from nothing), the cost of
// adding one article to a 50- and a 100-article event (analyzeEvent with `previous`, in the same process and after
// a restart), the worst case (1 MB articles without punctuation, without spaces, on one line) and peak memory, each
// beside its target.
// Options: --data DIR (default ../shared/data from the repository root), --json FILE, --repeat N (default 3).

import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import type { AnalysisResult, ArticleInput, EventInput } from '../src/lib/analysis/types';
import { benchArticles } from './bench/benchArticles';
import { WORST_CASES } from './bench/worstCaseTexts';
import { formatTable } from './eval/formatTable';
import { positionalFactIds } from './lib/positionalFactIds';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: { data: { type: 'string' }, json: { type: 'string' }, repeat: { type: 'string' } },
  strict: true
});
const dataDir = resolve(options.data ?? resolve(root, '../shared/data'));
const repeat = Math.max(1, Number(options.repeat ?? 3));
const SIZES = [10, 50, 200];
const ADD_ONE_SIZES = [50, 100];
const TARGET_50_SECONDS = 2;
const TARGET_ADD_ONE_SECONDS = 1;
const WORST_CASE_BYTES = 1_000_000;
const TARGET_WORST_CASE_SECONDS = 5;

const { extractClaims } = await import('../src/lib/analysis/extractClaims');
const { analyzeEvent } = await import('../src/lib/analysis/analyzeEvent');
const { createEngineContext } = await import('../src/lib/analysis/engineContext');

const { source, articles } = benchArticles(
  resolve(dataDir, 'ecbplus'),
  resolve(root, 'db/seed/rt-2022-09-22-albania.txt'),
  Math.max(...SIZES, ...ADD_ONE_SIZES.map((n) => n + 1))
);
const tokensOf = (a: ArticleInput) => a.text.split(/\s+/).filter(Boolean).length;
const tokenCount = (list: ArticleInput[]) => list.reduce((n, a) => n + tokensOf(a), 0);

let peakRss = process.memoryUsage().rss;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

/**
 * Wall time is what users wait for; CPU time (user + system, all threads) is printed beside it because the machine
 * may be shared and wall time then includes waiting for a core.
 */
interface Timing {
  seconds: number;
  cpuSeconds: number;
}

/** Median wall and CPU time of `runs` calls, sampling memory after each; `prepare` runs untimed before each. */
function time(runs: number, work: () => unknown, prepare: () => void = () => {}): Timing {
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    work();
    seconds.push((performance.now() - start) / 1000);
    const cpu = process.cpuUsage(cpuStart);
    cpuSeconds.push((cpu.user + cpu.system) / 1e6);
    sampleRss();
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { seconds: median(seconds), cpuSeconds: median(cpuSeconds) };
}

const event = (list: ArticleInput[]): EventInput => ({ event: { title: 'benchmark event' }, articles: list });

console.log(`Parallax benchmark — ${source}`);
console.log(
  `node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}; median of ${repeat} ` +
    `run(s)${repeat > 2 ? ' (2 at 200 articles)' : ''}; tokens = whitespace-separated words; an event of N ` +
    `articles = the first N articles above (ECB+: corpus order, so one topic's articles come together)\n`
);

// Warm-up: lexicons, models and JIT, so the first measurement is not a cold start.
analyzeEvent(event(articles.slice(0, 5)));
const warmRss = sampleRss();

const extractionSet = articles.slice(0, Math.min(articles.length, 300));
const extractionTiming = time(repeat, () => extractionSet.forEach((a) => extractClaims(a)));
const extractionSeconds = extractionTiming.seconds;
const extraction = {
  articles: extractionSet.length,
  tokens: tokenCount(extractionSet),
  seconds: extractionSeconds,
  cpuSeconds: extractionTiming.cpuSeconds,
  articlesPerSecond: extractionSet.length / extractionSeconds,
  tokensPerSecond: tokenCount(extractionSet) / extractionSeconds
};

// A new event is analyzed from nothing: each run gets a fresh engine context (analyzeEvent's default).
const events = SIZES.map((size) => {
  const list = articles.slice(0, size);
  const { seconds, cpuSeconds } = time(size >= 200 ? Math.min(repeat, 2) : repeat, () =>
    analyzeEvent(event(list))
  );
  return {
    articles: size,
    tokens: tokenCount(list),
    seconds,
    cpuSeconds,
    msPerArticle: (seconds * 1000) / size,
    msPerThousandTokens: (seconds * 1e6) / tokenCount(list),
    articlesPerSecond: size / seconds,
    tokensPerSecond: tokenCount(list) / seconds
  };
});

/** Adding one article to an event of `size` articles (analyzeEvent with `previous`), warm and after a restart. */
function addOneTo(size: number) {
  const base = articles.slice(0, size);
  const added = articles[size];
  const withAdded = event([...base, added]);
  let context = createEngineContext();
  let previous: AnalysisResult = analyzeEvent(event(base), { context });
  // Warm: the context that analyzed the base articles analyzes base + 1 (the worker between two additions).
  // Each run starts from the memories the base analysis left, not from the previous timed run's.
  const warm = time(
    repeat,
    () => analyzeEvent(withAdded, { previous, context }),
    () => {
      context = createEngineContext();
      previous = analyzeEvent(event(base), { context });
    }
  );
  // Restarted: the previous result comes back from storage (JSON) into a fresh context; unchanged
  // articles keep their claims, and the alignment of the whole event is scored again under its new IDF.
  const storedPrevious = JSON.stringify(previous);
  let loadedPrevious = previous;
  const restarted = time(
    repeat,
    () => analyzeEvent(withAdded, { previous: loadedPrevious }),
    () => {
      loadedPrevious = JSON.parse(storedPrevious) as AnalysisResult;
    }
  );
  const full = time(repeat, () => analyzeEvent(withAdded));
  const fromScratch = JSON.stringify(positionalFactIds(analyzeEvent(withAdded)));
  const warmContext = createEngineContext();
  const warmResult = JSON.stringify(
    positionalFactIds(
      analyzeEvent(withAdded, {
        previous: analyzeEvent(event(base), { context: warmContext }),
        context: warmContext
      })
    )
  );
  const restartedResult = JSON.stringify(
    positionalFactIds(analyzeEvent(withAdded, { previous: JSON.parse(storedPrevious) as AnalysisResult }))
  );
  return {
    baseArticles: size,
    seconds: warm.seconds,
    cpuSeconds: warm.cpuSeconds,
    fullRerunCpuSeconds: full.cpuSeconds,
    fullRerunSeconds: full.seconds,
    restartedSeconds: restarted.seconds,
    restartedCpuSeconds: restarted.cpuSeconds,
    // Whole results, not only the facts, up to the names of the facts (ids are kept across re-analysis).
    incrementalMatchesFull: warmResult === fromScratch && restartedResult === fromScratch
  };
}

// The event is 50 articles; 100 is the same measurement at twice the size.
const addOne = ADD_ONE_SIZES.map(addOneTo);
const incrementalMatchesFull = addOne.every((a) => a.incrementalMatchesFull);

// Worst case: one 1 MB article of a pathological shape beside an ordinary one, analyzed from nothing (a fresh
// context, once each).
const worstCases = WORST_CASES.map(({ name, text }) => {
  const list: ArticleInput[] = [
    { id: 'worst', outlet: 'worst.example', text: text(WORST_CASE_BYTES) },
    { ...articles[0], id: 'ordinary' }
  ];
  return { name, ...time(1, () => analyzeEvent(event(list))) };
});

sampleRss();
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const fmt = (x: number, digits = 2) => x.toFixed(digits);
const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');

console.log(
  formatTable(
    [
      'throughput',
      'articles',
      'tokens',
      'seconds',
      'cpu s',
      'articles/s',
      'tokens/s',
      'ms/article',
      'ms/1k tokens'
    ],
    [
      [
        'extractClaims',
        String(extraction.articles),
        String(extraction.tokens),
        fmt(extraction.seconds),
        fmt(extraction.cpuSeconds),
        fmt(extraction.articlesPerSecond, 1),
        fmt(extraction.tokensPerSecond, 0),
        fmt((extraction.seconds * 1000) / extraction.articles, 1),
        fmt((extraction.seconds * 1e6) / extraction.tokens, 1)
      ],
      ...events.map((e) => [
        `analyzeEvent (${e.articles})`,
        String(e.articles),
        String(e.tokens),
        fmt(e.seconds),
        fmt(e.cpuSeconds),
        fmt(e.articlesPerSecond, 1),
        fmt(e.tokensPerSecond, 0),
        fmt(e.msPerArticle, 1),
        fmt(e.msPerThousandTokens, 1)
      ])
    ]
  ) + '\n'
);

const event50 = events.find((e) => e.articles === 50)!;
const perArticle = events.map((e) => e.msPerArticle);
const growth = perArticle[perArticle.length - 1] / perArticle[0];
// Events are taken in corpus order, so article length varies with size: time per token is the fairer growth figure.
const perToken = events.map((e) => e.msPerThousandTokens);
const tokenGrowth = perToken[perToken.length - 1] / perToken[0];
console.log(
  formatTable(
    ['target', 'result', 'goal', 'status'],
    [
      [
        'analyze a 50-article event',
        `${fmt(event50.seconds)} s (cpu ${fmt(event50.cpuSeconds)} s)`,
        `< ${TARGET_50_SECONDS} s`,
        ok(event50.seconds < TARGET_50_SECONDS)
      ],
      ...addOne.flatMap((a) => [
        [
          `add 1 article to a ${a.baseArticles}-article event`,
          `${fmt(a.seconds)} s (cpu ${fmt(a.cpuSeconds)} s; full re-run ${fmt(a.fullRerunSeconds)} s)`,
          `< ${TARGET_ADD_ONE_SECONDS} s`,
          ok(a.seconds < TARGET_ADD_ONE_SECONDS)
        ],
        [
          `add 1 article to a ${a.baseArticles}-article event, restarted`,
          `${fmt(a.restartedSeconds)} s (cpu ${fmt(a.restartedCpuSeconds)} s; previous result from JSON)`,
          `< ${TARGET_ADD_ONE_SECONDS} s`,
          ok(a.restartedSeconds < TARGET_ADD_ONE_SECONDS)
        ]
      ]),
      [
        'time per article at 10 / 50 / 200',
        perArticle.map((ms) => `${fmt(ms, 1)} ms`).join(' / '),
        'about flat (linear)',
        `200 vs 10: x${fmt(growth)}`
      ],
      [
        'time per 1k tokens at 10 / 50 / 200',
        perToken.map((ms) => `${fmt(ms, 1)} ms`).join(' / '),
        'about flat (linear)',
        `200 vs 10: x${fmt(tokenGrowth)}`
      ],
      [
        'incremental result = full re-run (whole result)',
        incrementalMatchesFull ? 'yes' : 'no',
        'yes',
        ok(incrementalMatchesFull)
      ],
      ...worstCases.map((w) => [
        `analyze 1 MB: ${w.name}`,
        `${fmt(w.seconds)} s (cpu ${fmt(w.cpuSeconds)} s)`,
        `< ${TARGET_WORST_CASE_SECONDS} s`,
        ok(w.seconds < TARGET_WORST_CASE_SECONDS)
      ]),
      [
        'peak memory (max RSS)',
        mb(maxRssBytes),
        '',
        `after warm-up ${mb(warmRss)}, sampled peak ${mb(peakRss)}`
      ]
    ],
    { alignLeft: true }
  )
);

if (loadavg()[0] > cpus().length) {
  console.log(
    `\nnote: the machine was busy (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores): wall times ` +
      'include waiting for a core; the CPU times are the better guide to the engine itself.'
  );
}

if (options.json) {
  const report = {
    date: new Date().toISOString(),
    source,
    node: process.version,
    repeat,
    extraction,
    events,
    addOne,
    worstCases: worstCases.map((w) => ({ ...w, bytes: WORST_CASE_BYTES })),
    growthPerArticle200vs10: growth,
    growthPerToken200vs10: tokenGrowth,
    memory: { maxRssBytes, sampledPeakRssBytes: peakRss, afterWarmupRssBytes: warmRss },
    targets: {
      fiftyArticlesSeconds: TARGET_50_SECONDS,
      addOneSeconds: TARGET_ADD_ONE_SECONDS,
      worstCaseSeconds: TARGET_WORST_CASE_SECONDS
    }
  };
  writeFileSync(options.json, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${options.json}`);
}
