import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { analysisStatus } from '../../../src/lib/server/store/sqlite/analysisStatus';
import { createWorkerQueue } from '../../../src/lib/server/analysis/worker/createWorkerQueue';
import { ENGINE } from '../../../src/lib/analysis/analyzeClaims';
import { fixtureEvent } from '../../fixtures/analysisFixture';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'parallax-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eventWith(db: Db, outlets: number, facts: number): number {
  const input = fixtureEvent({ outlets, facts });
  const event = createEvent(db, { title: input.event.title });
  for (const a of input.articles)
    addArticle(db, event.id, { text: a.text, title: a.title, outlet: a.outlet, source: 'import' });
  return event.id;
}

const job = (db: Db, eventId: number) =>
  db.prepare('SELECT started_at, attempts FROM analysis_jobs WHERE event_id = ?').get(eventId) as
    { started_at: string | null; attempts: number } | undefined;

describe('the analysis worker (real engine, worker thread, database file)', () => {
  it('analyses a queued event off the main thread and reports progress from the queue', async () => {
    const path = join(dir, 'queue.sqlite');
    const db = openDatabase(path);
    const eventId = eventWith(db, 3, 6);
    const queue = createWorkerQueue(db, path);
    try {
      queue.schedule(eventId);
      expect(analysisStatus(db, eventId)).toMatchObject({ state: 'queued', articlesTotal: 3 });
      await queue.idle();
      expect(job(db, eventId)).toBeUndefined();
      expect(analysisStatus(db, eventId)).toMatchObject({ state: 'done', articlesAnalyzed: 3 });
      const run = db.prepare('SELECT engine FROM analysis_runs WHERE event_id = ?').get(eventId);
      expect(run).toEqual({ engine: ENGINE });
    } finally {
      await queue.close();
    }
  });

  it('finishes a run interrupted by kill -9 after a restart', async () => {
    const path = join(dir, 'killed.sqlite');
    const db = openDatabase(path);
    // Large enough that the engine is still at work when the process is killed.
    const eventId = eventWith(db, 8, 120);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/fixtures/runWorkerQueue.ts', path, String(eventId)],
      { cwd: root, stdio: 'inherit' }
    );
    const exited = new Promise((r) => child.once('exit', r));
    try {
      // Taken and its run recorded: the worker takes the job and then opens the run, so a kill between the two
      // (seen on a loaded machine) would leave nothing running to finish.
      const runOpen = () => job(db, eventId)?.started_at && analysisStatus(db, eventId).state === 'running';
      for (let i = 0; !runOpen(); i++) {
        if (i > 600) throw new Error('The worker never took the job.');
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill('SIGKILL');
      await exited;
    } finally {
      child.kill('SIGKILL');
    }
    // Killed mid-run: the job is still taken, its run still marked running, nothing stored.
    expect(job(db, eventId)).toMatchObject({ attempts: 1 });
    expect(job(db, eventId)!.started_at).not.toBeNull();
    expect(analysisStatus(db, eventId).state).toBe('running');
    expect(db.prepare("SELECT count(*) AS n FROM analysis_runs WHERE state = 'done'").get()).toEqual({
      n: 0
    });

    const restarted = createWorkerQueue(db, path);
    try {
      await restarted.idle();
    } finally {
      await restarted.close();
    }
    expect(job(db, eventId)).toBeUndefined();
    expect(analysisStatus(db, eventId)).toMatchObject({ state: 'done', articlesAnalyzed: 8, error: null });
    // The interrupted run was resumed, not left behind as a failure.
    expect(db.prepare('SELECT state FROM analysis_runs WHERE event_id = ?').all(eventId)).toEqual([
      { state: 'done' }
    ]);
  });
});

describe('runs left without a job (a server from before the durable queue stopped mid-run)', () => {
  it.each(['running', 'queued'])(
    'marks a %s run interrupted at start and analyses the event again',
    async (state) => {
      const path = join(dir, `orphan-${state}.sqlite`);
      const db = openDatabase(path);
      const eventId = eventWith(db, 2, 3);
      db.prepare(
        "INSERT INTO analysis_runs (event_id, state, started_at, articles_total) VALUES (?, ?, '2026-01-01T00:00:00Z', 60)"
      ).run(eventId, state);
      const queue = createWorkerQueue(db, path);
      try {
        await queue.idle();
        const runs = db
          .prepare('SELECT state, error FROM analysis_runs WHERE event_id = ? ORDER BY id')
          .all(eventId);
        expect(runs).toEqual([
          { state: 'failed', error: 'Interrupted: the server stopped during the run.' },
          { state: 'done', error: null }
        ]);
        expect(analysisStatus(db, eventId)).toMatchObject({ state: 'done', articlesAnalyzed: 2 });
        expect(job(db, eventId)).toBeUndefined();
      } finally {
        await queue.close();
        db.close();
      }
    }
  );
});
