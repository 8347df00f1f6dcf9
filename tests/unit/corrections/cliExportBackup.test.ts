// Runs the real `parallax export / backup / restore` commands on a database built here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { runAnalysis } from '../../../src/lib/server/analysis/runAnalysis';
import { addCorrection, correctedAnalysis } from '../../../src/lib/server/corrections';
import { openDatabase } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { parseCsv } from '../../fixtures/parseCsv';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'bin', 'parallax.js');
let dir: string;
let dbFile: string;
let eventId: number;
let hostileId: number;

function parallax(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, PARALLAX_DB: dbFile },
    timeout: 120_000
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const eventTitles = (file: string) => {
  const db = new Database(file, { readonly: true });
  const titles = (db.prepare('SELECT title FROM events ORDER BY id').all() as { title: string }[]).map(
    (r) => r.title
  );
  db.close();
  return titles;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-export-'));
  dbFile = join(dir, 'parallax.sqlite');
  const db = openDatabase(dbFile);
  eventId = createEvent(db, { title: 'Albania cyberattack' }).id;
  addArticle(db, eventId, {
    outlet: 'reuters.com',
    text: 'Albania cut diplomatic ties with Iran on Wednesday.\n\nNATO condemned the cyberattack.',
    source: 'paste'
  });
  addArticle(db, eventId, {
    outlet: 'rt.com',
    text: 'Tirana severed relations with Tehran on Wednesday, 7 September.\n\nShare this story!',
    source: 'paste'
  });
  runAnalysis(db, eventId);
  const claim = correctedAnalysis(db, eventId)!.result.articles[0].claims[0];
  addCorrection(
    db,
    eventId,
    { kind: 'move', claim: `${claim.articleId}:${claim.start}-${claim.end}`, to: null, reason: 'apart' },
    'Ana'
  );
  // An event whose stored texts are spreadsheet formulas (OWASP CSV injection payloads).
  hostileId = createEvent(db, { title: '=HYPERLINK("http://evil.example","open")' }).id;
  addArticle(db, hostileId, {
    outlet: '@SUM(1+1)',
    text: 'Albania cut diplomatic ties with Iran on Wednesday.',
    source: 'paste'
  });
  addArticle(db, hostileId, {
    outlet: '+1+1',
    text: 'Tirana severed relations with Tehran on Wednesday.',
    source: 'paste'
  });
  runAnalysis(db, hostileId);
  const hostileClaim = correctedAnalysis(db, hostileId)!.result.articles[0].claims[0];
  addCorrection(
    db,
    hostileId,
    {
      kind: 'move',
      claim: `${hostileClaim.articleId}:${hostileClaim.start}-${hostileClaim.end}`,
      to: null,
      reason: "=cmd|' /C calc'!A0"
    },
    "-1+cmd|' /C calc'!A0"
  );
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallax export', () => {
  it('writes JSON with claims, groups, verdicts, discrepancies and corrections', () => {
    const r = parallax(['export', String(eventId)]);
    expect(r.stderr).toBe('');
    const data = JSON.parse(r.stdout);
    expect(Object.keys(data)).toEqual([
      'event',
      'analysis',
      'claims',
      'groups',
      'verdicts',
      'discrepancies',
      'corrections'
    ]);
    expect(data.claims.length).toBeGreaterThan(2);
    expect(data.corrections).toEqual([
      expect.objectContaining({ kind: 'move', author: 'Ana', status: 'applied', reason: 'apart' })
    ]);
    expect(data.verdicts.length).toBe(data.groups.length * 2);
  });

  it('writes CSV to --out', () => {
    const out = join(dir, 'event.csv');
    expect(parallax(['export', String(eventId), '--format', 'csv', '--out', out]).status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'record,id,group,article,outlet,start,end,kind,verdict,type,value_a,value_b,text,author,reason,status'
    );
    expect(lines.filter((l: string) => l.startsWith('correction,'))).toHaveLength(1);
    expect(lines.some((l: string) => l.startsWith('claim,'))).toBe(true);
  });

  it('neutralises formulas in CSV cells (OWASP)', () => {
    const r = parallax(['export', String(hostileId), '--format', 'csv']);
    expect(r.status).toBe(0);
    const records = parseCsv(r.stdout);
    const cells = records.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const header = records[0];
    const correction = records.find((rec) => rec[0] === 'correction')!;
    expect(correction[header.indexOf('reason')]).toBe("'=cmd|' /C calc'!A0");
    expect(correction[header.indexOf('author')]).toBe("'-1+cmd|' /C calc'!A0");
    const outlets = records.filter((rec) => rec[0] === 'claim').map((rec) => rec[header.indexOf('outlet')]);
    expect(new Set(outlets)).toEqual(new Set(["'@SUM(1+1)", "'+1+1"]));
  });

  it.each([
    [['export', '999'], /no event 999/],
    [['export', 'abc'], /event id/],
    [['export', String(1), '--format', 'xml'], /json or csv/]
  ])('refuses %j', (args, message) => {
    const r = parallax(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });
});

describe('parallax backup and restore', () => {
  it('backs up, and restores the backup over a changed database, keeping the replaced one', () => {
    const backup = join(dir, 'backup.sqlite');
    expect(parallax(['backup', backup]).status).toBe(0);
    const titles = eventTitles(dbFile);
    expect(eventTitles(backup)).toEqual(titles);
    const db = openDatabase(dbFile);
    createEvent(db, { title: 'Added after the backup' });
    db.close();
    const r = parallax(['restore', backup]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(eventTitles(dbFile)).toEqual(titles);
    const kept = readdirSync(dir).find((f) => f.startsWith('parallax.sqlite.before-restore-'))!;
    expect(eventTitles(join(dir, kept))).toEqual([...titles, 'Added after the backup']);
  });

  it.each([
    ['a text file', (f: string) => writeFileSync(f, 'not a database'), /not a readable SQLite database/],
    [
      'a SQLite file that is not Parallax',
      (f: string) => {
        const other = new Database(f);
        other.exec('CREATE TABLE t (x)');
        other.close();
      },
      /not a Parallax database/
    ],
    ['a missing file', () => undefined, /ENOENT/]
  ])('refuses to restore %s and leaves the database alone', (_name, make, message) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.sqlite`);
    make(file);
    const before = eventTitles(dbFile);
    const r = parallax(['restore', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(eventTitles(dbFile)).toEqual(before);
    expect(existsSync(dbFile)).toBe(true);
  });
});
