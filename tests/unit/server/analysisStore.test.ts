import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { analysisStatus } from '../../../src/lib/server/store/sqlite/analysisStatus';
import {
  claimAnalysisJob,
  enqueueAnalysis,
  finishAnalysisJob
} from '../../../src/lib/server/store/sqlite/analysisJobs';
import { runQueries } from '../../../src/lib/server/store/sqlite/runQueries';
import { createAnalysisQueue } from '../../../src/lib/server/analysis/createAnalysisQueue';
import { eventAnalysisInput } from '../../../src/lib/server/analysis/eventAnalysisInput';
import { latestAnalysis } from '../../../src/lib/server/analysis/latestAnalysis';
import { loadRunResult } from '../../../src/lib/server/store/sqlite/loadRunResult';
import { RUNS_KEPT, runAnalysisWith } from '../../../src/lib/server/store/sqlite/runAnalysisWith';
import {
  claimMatrixRows,
  DISCREPANCY_COLUMNS,
  discrepancyRows
} from '../../../src/lib/server/analysis/exportRows';
import { toCsv } from '../../../src/lib/server/toCsv';
import { FIXTURE_ENGINE, fixtureAnalyze, fixtureEvent } from '../../fixtures/analysisFixture';

function eventWith(db: Db, outlets: number, facts: number): number {
  const input = fixtureEvent({ outlets, facts });
  const event = createEvent(db, { title: input.event.title });
  for (const a of input.articles) {
    addArticle(db, event.id, {
      text: a.text,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      source: 'import'
    });
  }
  return event.id;
}

function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}

describe('runAnalysisWith + latestAnalysis: store and reload', () => {
  it.each([
    { outlets: 1, facts: 3 },
    { outlets: 3, facts: 12 },
    { outlets: 8, facts: 40 }
  ])('reloads exactly what the engine returned for $outlets outlets × $facts facts', ({ outlets, facts }) => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, outlets, facts);
    const run = runAnalysisWith(db, eventId, fixtureAnalyze);
    expect(run.state).toBe('done');
    expect(run.error).toBeNull();
    expect(run.articlesTotal).toBe(outlets);
    expect(run.articlesAnalyzed).toBe(outlets);
    const expected = fixtureAnalyze(eventAnalysisInput(db, eventId).input);
    const latest = latestAnalysis(db, eventId)!;
    expect(latest.run.id).toBe(run.id);
    expect(latest.run.engine).toBe(expected.engine);
    expect(latest.result).toEqual(expected);
    // The rows behind it: one per claim, fact, verdict and discrepancy.
    const claims = expected.articles.reduce((n, a) => n + a.claims.length, 0);
    expect(count(db, 'SELECT count(*) AS n FROM claims WHERE run_id = ?', run.id)).toBe(claims);
    expect(count(db, 'SELECT count(*) AS n FROM facts WHERE run_id = ?', run.id)).toBe(expected.facts.length);
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM discrepancies d JOIN facts g ON g.id = d.fact_id WHERE g.run_id = ?',
        run.id
      )
    ).toBe(expected.facts.reduce((n, g) => n + g.discrepancies.length, 0));
  });

  it('gives facts stable keys from their representative claim and flags non-claim facts', () => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 3, 5);
    const first = runAnalysisWith(db, eventId, fixtureAnalyze);
    const second = runAnalysisWith(db, eventId, fixtureAnalyze, { force: true });
    const keys = (runId: number) =>
      db
        .prepare('SELECT engine_id, fact_key, non_claim FROM facts WHERE run_id = ? ORDER BY position')
        .all(runId);
    expect(keys(second.id)).toEqual(keys(first.id));
    const rows = keys(first.id) as { engine_id: string; fact_key: string; non_claim: number }[];
    expect(rows.find((r) => r.engine_id === 'g-share')?.non_claim).toBe(1);
    expect(rows.filter((r) => r.non_claim === 0).every((r) => /^\d+:\d+-\d+$/.test(r.fact_key))).toBe(true);
  });
});

describe('runAnalysisWith: incremental runs', () => {
  it('skips a run when nothing changed, and analyzes again when forced', () => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 2, 4);
    const first = runAnalysisWith(db, eventId, fixtureAnalyze);
    const again = runAnalysisWith(db, eventId, fixtureAnalyze);
    expect(again.skipped).toBe(true);
    expect(again.id).toBe(first.id);
    expect(count(db, 'SELECT count(*) AS n FROM analysis_runs WHERE event_id = ?', eventId)).toBe(1);
    const forced = runAnalysisWith(db, eventId, fixtureAnalyze, { force: true });
    expect(forced.id).toBeGreaterThan(first.id);
    expect(forced.articlesReused).toBe(2);
  });

  it.each([
    { name: 'the same engine skips unchanged input', engine: FIXTURE_ENGINE, skipped: true },
    { name: 'another engine analyses unchanged input again', engine: 'fixture-2', skipped: false },
    { name: 'no engine named: the input alone decides', engine: undefined, skipped: true }
  ])('$name', ({ engine, skipped }) => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 2, 4);
    const first = runAnalysisWith(db, eventId, fixtureAnalyze);
    const again = runAnalysisWith(db, eventId, fixtureAnalyze, { engine });
    expect(Boolean(again.skipped)).toBe(skipped);
    expect(again.id === first.id).toBe(skipped);
  });

  it('passes the previous result so unchanged articles keep their claims, and counts them as reused', () => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 3, 6);
    runAnalysisWith(db, eventId, fixtureAnalyze);
    const before = latestAnalysis(db, eventId)!.result;
    const extra = fixtureEvent({ outlets: 4, facts: 6 }).articles[3];
    addArticle(db, eventId, { text: extra.text, outlet: extra.outlet, source: 'paste' });
    const second = runAnalysisWith(db, eventId, fixtureAnalyze);
    expect(second.state).toBe('done');
    expect(second.articlesTotal).toBe(4);
    expect(second.articlesReused).toBe(3);
    const after = latestAnalysis(db, eventId)!.result;
    expect(after.articles.slice(0, 3)).toEqual(before.articles);
    expect(after.articles).toHaveLength(4);
  });

  it(`keeps the last ${RUNS_KEPT} done runs and deletes the older ones with their rows`, () => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 2, 3);
    const ids = Array.from(
      { length: 5 },
      () => runAnalysisWith(db, eventId, fixtureAnalyze, { force: true }).id
    );
    const kept = db.prepare('SELECT id FROM analysis_runs WHERE event_id = ? ORDER BY id').all(eventId);
    expect(kept).toEqual(ids.slice(-RUNS_KEPT).map((id) => ({ id })));
    expect(count(db, 'SELECT count(*) AS n FROM claims WHERE run_id IN (?, ?)', ids[0], ids[1])).toBe(0);
  });
});

describe('runAnalysisWith: failures', () => {
  it('records a failed run for an event with nothing to analyze', () => {
    const db = openDatabase(':memory:');
    const eventId = createEvent(db, { title: 'Empty' }).id;
    const run = runAnalysisWith(db, eventId, fixtureAnalyze);
    expect(run.state).toBe('failed');
    expect(run.error).toMatch(/no articles/);
    expect(latestAnalysis(db, eventId)).toBeNull();
    expect(analysisStatus(db, eventId)).toMatchObject({ state: 'failed', error: run.error, doneRunId: null });
  });

  it.each([
    {
      name: 'the engine throws',
      analyze: (): never => {
        throw new Error('engine exploded');
      },
      error: /engine exploded/
    },
    {
      // A result about other articles: storage refuses it and writes nothing of it.
      name: 'the result names articles not in the event',
      analyze: () => fixtureAnalyze(fixtureEvent({ outlets: 2, facts: 3 })),
      error: /not in event/
    }
  ])('keeps showing the previous run when $name', ({ analyze, error }) => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 2, 3);
    const good = runAnalysisWith(db, eventId, fixtureAnalyze);
    const goodResult = latestAnalysis(db, eventId)!.result;
    const bad = runAnalysisWith(db, eventId, analyze, { force: true });
    expect(bad.state).toBe('failed');
    expect(bad.error).toMatch(error);
    expect(count(db, 'SELECT count(*) AS n FROM claims WHERE run_id = ?', bad.id)).toBe(0);
    const latest = latestAnalysis(db, eventId)!;
    expect(latest.run.id).toBe(good.id);
    expect(latest.result).toEqual(goodResult);
    expect(analysisStatus(db, eventId)).toMatchObject({ state: 'failed', runId: bad.id, doneRunId: good.id });
    expect(loadRunResult(db, bad.id)).toBeNull();
  });
});

describe('analysisStatus through one job', () => {
  it('reads running from the moment the worker takes the job, before its run is opened', () => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 2, 3);
    const status = () => {
      const { state, articlesTotal } = analysisStatus(db, eventId);
      return [state, articlesTotal];
    };
    enqueueAnalysis(db, eventId);
    const steps: [string, unknown[]][] = [['queued', status()]];
    const job = claimAnalysisJob(db)!;
    // Taken, its run still queued: the worker opens it next.
    steps.push(['taken', status()]);
    const queuedRun = runQueries(db).latestInState.get(eventId, 'queued')!;
    runQueries(db).start.run(2, queuedRun.id);
    steps.push(['opened', status()]);
    // A request during the run queues another: that one waits.
    enqueueAnalysis(db, eventId);
    steps.push(['requested again', status()]);
    db.prepare("UPDATE analysis_runs SET state = 'done' WHERE id = ?").run(queuedRun.id);
    finishAnalysisJob(db, job);
    steps.push(['finished, one more to run', status()]);
    expect(steps).toEqual([
      ['queued', ['queued', 2]],
      ['taken', ['running', 2]],
      ['opened', ['running', 2]],
      ['requested again', ['queued', 2]],
      ['finished, one more to run', ['queued', 2]]
    ]);
  });
});

describe('createAnalysisQueue', () => {
  it('records a queued run at once, runs it later, and coalesces repeated requests', async () => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 2, 3);
    let runs = 0;
    const queue = createAnalysisQueue(
      () => db,
      (conn, id) => {
        runs++;
        return runAnalysisWith(conn, id, fixtureAnalyze);
      }
    );
    queue.schedule(eventId);
    queue.schedule(eventId);
    queue.schedule(eventId);
    expect(analysisStatus(db, eventId)).toMatchObject({ state: 'queued', articlesTotal: 2 });
    await queue.idle();
    expect(runs).toBe(1);
    expect(analysisStatus(db, eventId)).toMatchObject({
      state: 'done',
      articlesAnalyzed: 2,
      articlesTotal: 2
    });
    expect(count(db, 'SELECT count(*) AS n FROM analysis_runs WHERE event_id = ?', eventId)).toBe(1);
  });

  it('runs once more after a run during which articles were added, seeing the new article', async () => {
    const db = openDatabase(':memory:');
    const eventId = eventWith(db, 2, 3);
    const extra = fixtureEvent({ outlets: 3, facts: 3 }).articles[2];
    const seen: number[] = [];
    const queue = createAnalysisQueue(
      () => db,
      (conn, id) => {
        const run = runAnalysisWith(conn, id, fixtureAnalyze);
        seen.push(run.articlesTotal);
        if (seen.length === 1) {
          // An article arrives while the first run is under way: two requests, one follow-up run.
          addArticle(conn, id, { text: extra.text, outlet: extra.outlet, source: 'paste' });
          queue.schedule(id);
          queue.schedule(id);
        }
        return run;
      }
    );
    queue.schedule(eventId);
    await queue.idle();
    expect(seen).toEqual([2, 3]);
    expect(latestAnalysis(db, eventId)!.result.articles).toHaveLength(3);
  });

  it('runs different events independently', async () => {
    const db = openDatabase(':memory:');
    const events = [eventWith(db, 2, 2), eventWith(db, 3, 2)];
    const queue = createAnalysisQueue(
      () => db,
      (conn, id) => runAnalysisWith(conn, id, fixtureAnalyze)
    );
    events.forEach((id) => queue.schedule(id));
    await queue.idle();
    expect(events.map((id) => latestAnalysis(db, id)!.result.articles.length)).toEqual([2, 3]);
  });
});

const engineFile = resolve(import.meta.dirname, '../../../src/lib/analysis/analyzeEvent.ts');
if (!existsSync(engineFile))
  console.warn(
    'analysisStore.test: src/lib/analysis/analyzeEvent.ts is missing; skipping the real-engine test.'
  );

describe.skipIf(!existsSync(engineFile))('runAnalysis with the real engine', () => {
  it('stores and reloads the engine result for the seed sentences', async () => {
    const { runAnalysis } = await import('../../../src/lib/server/analysis/runAnalysis');
    const { analyzeEvent } = await import('../../../src/lib/analysis/analyzeEvent');
    const db = openDatabase(':memory:');
    const eventId = createEvent(db, { title: 'NATO delegation in Tirana' }).id;
    const texts = [
      'A NATO delegation arrived in Tirana on Wednesday to help investigate the cyberattack on Albania.',
      'NATO sent a team of experts to Albania this week after the cyberattack, officials said.'
    ];
    texts.forEach((text, i) =>
      addArticle(db, eventId, { text, outlet: i ? 'Reuters' : 'RT', source: 'paste' })
    );
    const run = runAnalysis(db, eventId);
    expect(run.state).toBe('done');
    const expected = analyzeEvent(eventAnalysisInput(db, eventId).input);
    const first = latestAnalysis(db, eventId)!.result;
    expect(first).toEqual(expected);
    // A third article: the two unchanged ones keep their claims through the stored previous result.
    addArticle(db, eventId, {
      text: 'Albania cut diplomatic ties with Iran over the cyberattack, the prime minister said.',
      outlet: 'BBC News',
      source: 'paste'
    });
    const second = runAnalysis(db, eventId);
    expect(second).toMatchObject({ state: 'done', articlesTotal: 3, articlesReused: 2 });
    const reloaded = latestAnalysis(db, eventId)!.result;
    expect(reloaded.articles.slice(0, 2).map((a) => a.claims)).toEqual(first.articles.map((a) => a.claims));
  });
});

describe('exports', () => {
  it('has one claim-matrix row per fact and outlet, and every discrepancy', () => {
    const result = fixtureAnalyze(fixtureEvent({ outlets: 4, facts: 15 }));
    const facts = result.facts.filter((g) => g.id !== 'g-share');
    const rows = claimMatrixRows(result);
    expect(rows).toHaveLength(facts.length * 4);
    for (const row of rows) {
      const fact = facts.find((g) => g.id === row.fact_id)!;
      expect(row.verdict).toBe(fact.outlets[row.outlet]);
      expect(row.wording === '').toBe(row.verdict === 'absent');
    }
    const discrepancies = discrepancyRows(result);
    expect(discrepancies).toHaveLength(facts.reduce((n, g) => n + g.discrepancies.length, 0));
    const csv = toCsv(DISCREPANCY_COLUMNS, discrepancies);
    expect(csv.split('\r\n')).toHaveLength(discrepancies.length + 2);
  });
});
