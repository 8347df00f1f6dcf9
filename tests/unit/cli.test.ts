// Runs the real `parallax` command (node bin/parallax.js) as a child process on inputs built here.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lineAndColumn, locateJsonError } from '../../src/cli/locateJsonError';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'parallax.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function parallax(args: string[], stdin = ''): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: stdin,
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, PARALLAX_DB: join(dir, 'default.sqlite') },
    timeout: 60_000
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE_A = [
  'Albania cuts ties with Iran over cyberattack',
  '',
  'Albania severed diplomatic relations with Iran on Wednesday after a cyberattack in July that it blamed on Tehran.',
  'Prime Minister Edi Rama said 36 embassy staff had 24 hours to leave the country.',
  'Share this story on social media!'
].join('\n');

const ARTICLE_B = [
  'Tirana expels Iranian diplomats',
  '',
  'Albania broke off diplomatic ties with Iran on Wednesday over a July cyberattack on government servers.',
  'Prime Minister Edi Rama gave 45 embassy staff 24 hours to leave, according to a government statement.',
  'Iran denied any role in the attack.'
].join('\n');

function eventInput() {
  return {
    event: { title: 'Albania cuts ties with Iran' },
    articles: [
      { id: 'a1', outlet: 'Outlet A', title: 'Albania cuts ties', published: '2022-09-07', text: ARTICLE_A },
      { id: 'b1', outlet: 'Outlet B', url: 'https://example.org/b1', text: ARTICLE_B }
    ]
  };
}

const jsonLines = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';

describe('parallax analyze', () => {
  it('turns a valid event into claims with offsets into the given texts, facts and discrepancies', () => {
    const input = eventInput();
    const run = parallax(['analyze'], JSON.stringify(input));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.articles.map((a: { id: string }) => a.id)).toEqual(['a1', 'b1']);

    const claimIds = new Set<string>();
    for (const article of result.articles) {
      const text = input.articles.find((a) => a.id === article.id)!.text;
      expect(article.claims.length).toBeGreaterThan(0);
      for (const claim of article.claims) {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(['claim', 'non-claim']).toContain(claim.kind);
        expect(claimIds.has(claim.id)).toBe(false);
        claimIds.add(claim.id);
      }
    }
    // The published format: facts under `groups`, an outlet's omitted fact under `group`.
    expect(Object.keys(result)).toEqual(['engine', 'articles', 'groups', 'outlets', 'agreement', 'derived']);
    const omissions = result.outlets.flatMap((o: { omissions: object[] }) => o.omissions);
    for (const omission of omissions) expect(Object.keys(omission)).toEqual(['group', 'reportedBy']);
    // The lead sentences of both articles report the same fact: some fact must span both articles.
    expect(result.groups.length).toBeGreaterThan(0);
    for (const fact of result.groups) {
      for (const id of fact.claims) expect(claimIds.has(id)).toBe(true);
      for (const d of fact.discrepancies) {
        expect(d.claims).toHaveLength(2);
        expect(d.values).toHaveLength(2);
        for (const id of d.claims) expect(claimIds.has(id)).toBe(true);
      }
    }
    expect(result.outlets.map((o: { outlet: string }) => o.outlet).sort()).toEqual(['Outlet A', 'Outlet B']);
  });

  it('writes --out (and nothing on stdout) with the same result as stdout', () => {
    const inFile = join(dir, 'event.json');
    const outFile = join(dir, 'analysis.json');
    writeFileSync(inFile, JSON.stringify(eventInput()));
    const toFile = parallax(['analyze', '--in', inFile, '--out', outFile]);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    const toStdout = parallax(['analyze', '--in', inFile]);
    expect(JSON.parse(readFileSync(outFile, 'utf8'))).toEqual(JSON.parse(toStdout.stdout));
  });

  const malformed: [string, string, RegExp][] = [
    [
      'bad JSON',
      '{"event": {"title": "x"}, "articles": [',
      /not valid JSON: unexpected end of input at line 1 column 40/
    ],
    [
      'bad JSON on a later line',
      '{\n  "event": {"title": "x"},\n  "articles": [}\n}',
      /not valid JSON: unexpected "}" at line 3 column 16/
    ],
    ['empty input', '', /input is empty/],
    ['a JSON array', '[]', /input must be a JSON object/],
    ['no event', JSON.stringify({ articles: eventInput().articles }), /event must be a JSON object/],
    [
      'event title not a string',
      JSON.stringify({ ...eventInput(), event: { title: 7 } }),
      /event\.title must be a non-empty string/
    ],
    [
      'articles not an array',
      JSON.stringify({ ...eventInput(), articles: { a: 1 } }),
      /articles must be an array/
    ],
    [
      'missing text',
      JSON.stringify({
        ...eventInput(),
        articles: [eventInput().articles[0], { id: 'c', outlet: 'C' }]
      }),
      /articles\[1\]\.text must be a non-empty string/
    ],
    [
      'blank text',
      JSON.stringify({ ...eventInput(), articles: [{ id: 'c', outlet: 'C', text: '  \n ' }] }),
      /articles\[0\]\.text must be a non-empty string/
    ],
    [
      'outlet of the wrong type',
      JSON.stringify({ ...eventInput(), articles: [{ id: 'c', outlet: 3, text: 'Text.' }] }),
      /articles\[0\]\.outlet must be a non-empty string/
    ],
    [
      'id of the wrong type',
      JSON.stringify({ ...eventInput(), articles: [{ id: { x: 1 }, outlet: 'C', text: 'Text.' }] }),
      /articles\[0\]\.id must be a non-empty string/
    ],
    [
      'title of the wrong type',
      JSON.stringify({ ...eventInput(), articles: [{ id: 'c', outlet: 'C', title: ['x'], text: 'Text.' }] }),
      /articles\[0\]\.title must be a string/
    ],
    [
      'published not a date',
      JSON.stringify({
        ...eventInput(),
        articles: [{ id: 'c', outlet: 'C', published: 'last week', text: 'T.' }]
      }),
      /articles\[0\]\.published must be an ISO 8601 date/
    ],
    [
      'two articles with one id',
      JSON.stringify({ ...eventInput(), articles: [eventInput().articles[0], eventInput().articles[0]] }),
      /articles\[1\]\.id "a1" is already used by articles\[0\]/
    ]
  ];

  it.each(malformed)('rejects %s with exit status 2 and a precise message', (_, stdin, message) => {
    const run = parallax(['analyze'], stdin);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('leaves an existing --out file untouched and creates none when the input is bad', () => {
    const inFile = join(dir, 'bad.json');
    const existing = join(dir, 'existing.json');
    const fresh = join(dir, 'fresh.json');
    writeFileSync(inFile, JSON.stringify({ ...eventInput(), articles: [{ id: 'x', outlet: 'X' }] }));
    writeFileSync(existing, 'previous content');
    const before = readdirSync(dir).sort();

    expect(parallax(['analyze', '--in', inFile, '--out', existing]).status).toBe(2);
    expect(parallax(['analyze', '--in', inFile, '--out', fresh]).status).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('previous content');
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before); // no temporary file left behind
  });

  it('reports a missing --in file with exit status 2', () => {
    const run = parallax(['analyze', '--in', join(dir, 'does-not-exist.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*does-not-exist\.json: ENOENT/);
  });
});

describe('parallax pairs', () => {
  it('answers one line per pair, in input order, skipping blank lines', () => {
    const stdin =
      jsonLines([
        {
          id: 'p1',
          a: 'Albania severed diplomatic relations with Iran on Wednesday.',
          b: 'Albania broke off diplomatic ties with Iran on Wednesday.'
        }
      ]) +
      '\n' +
      jsonLines([
        {
          id: 2,
          a: 'Prime Minister Edi Rama said 36 embassy staff had to leave.',
          b: 'The weather in Lisbon was sunny all week.'
        }
      ]);
    const run = parallax(['pairs'], stdin);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['p1', '2']);
    for (const line of lines) {
      expect(['same', 'related', 'unrelated']).toContain(line.relation);
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(1);
      expect(Array.isArray(line.discrepancies)).toBe(true);
    }
    expect(lines[0].score).toBeGreaterThan(lines[1].score);
    expect(lines[1].relation).toBe('unrelated');
  });

  const good = JSON.stringify({ id: 'ok', a: 'One sentence.', b: 'Another sentence.' });
  const malformed: [string, string, RegExp][] = [
    [
      'bad JSON on line 3',
      `${good}\n${good.replace('ok', 'ok2')}\n{"id": "x", "a": `,
      /line 3: invalid JSON: unexpected end of line at column 18/
    ],
    ['missing b on line 2', `${good}\n{"id": "x", "a": "text"}\n`, /line 2: b must be a non-empty string/],
    ['a of the wrong type', `{"id": "x", "a": 5, "b": "text"}`, /line 1: a must be a non-empty string/],
    ['a JSON array line', `${good}\n\n[1, 2]`, /line 3: input must be a JSON object/],
    ['a repeated id', `${good}\n${good}`, /line 2: id "ok" is already used on line 1/],
    ['no lines at all', '\n\n', /no JSON lines/]
  ];
  it.each(malformed)('rejects %s with exit status 2', (_, stdin, message) => {
    const out = join(dir, 'pairs-out.jsonl');
    const run = parallax(['pairs', '--out', out], stdin);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe('parallax cluster', () => {
  it('gives every article an event, the same one for articles on the same story', () => {
    const inFile = join(dir, 'articles.jsonl');
    writeFileSync(
      inFile,
      jsonLines([
        { id: 'a1', title: 'Albania cuts ties with Iran', text: ARTICLE_A },
        { id: 'b1', title: 'Tirana expels Iranian diplomats', text: ARTICLE_B },
        {
          id: 'q1',
          title: 'Earthquake shakes northern California',
          text: 'A magnitude 4.6 earthquake struck near Geyserville, California, early Thursday, the U.S. Geological Survey said. No damage was reported.'
        }
      ])
    );
    const run = parallax(['cluster', '--in', inFile]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'b1', 'q1']);
    for (const line of lines) expect(typeof line.event).toBe('string');
    expect(lines[0].event).toBe(lines[1].event);
    expect(lines[2].event).not.toBe(lines[0].event);
  });

  it.each([
    ['missing text on line 2', `{"id": "a", "text": "x"}\n{"id": "b", "title": "t"}`, /line 2: text must be/],
    [
      'bad JSON on line 1',
      `{"id": "a", "text": "x"`,
      /line 1: invalid JSON: unexpected end of line at column 24/
    ],
    ['title of the wrong type', `{"id": "a", "title": 3, "text": "x"}`, /line 1: title must be a string/]
  ])('rejects %s with exit status 2', (_, stdin, message) => {
    const run = parallax(['cluster'], stdin);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('parallax import', () => {
  it('creates the event, then skips the same articles on a second import', () => {
    const file = join(dir, 'import.json');
    const db = join(dir, 'import.sqlite');
    writeFileSync(file, JSON.stringify(eventInput()));
    const first = parallax(['import', file, '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const created = JSON.parse(first.stdout);
    expect(created.created).toBe(true);
    expect(created.added).toHaveLength(2);
    expect(created.skipped).toEqual([]);
    expect(created.analysis.state).toBe('done');

    const again = JSON.parse(parallax(['import', file, '--db', db]).stdout);
    expect(again.eventId).toBe(created.eventId);
    expect(again.added).toEqual([]);
    expect(again.skipped).toEqual(['a1', 'b1']);
    // Nothing changed, so the stored analysis is the one from the first import.
    expect(again.analysis.runId).toBe(created.analysis.runId);
  });

  it('stores nothing when the file is malformed', () => {
    const file = join(dir, 'import-bad.json');
    const db = join(dir, 'import-bad.sqlite');
    writeFileSync(
      file,
      JSON.stringify({ ...eventInput(), articles: [eventInput().articles[0], { id: 'z' }] })
    );
    const run = parallax(['import', file, '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/articles\[1\]\.outlet must be a non-empty string/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /Usage: parallax <command>/],
    [['analyze', '--bogus'], /Unknown option '--bogus'/],
    [['pairs', 'extra-argument'], /unexpected argument 'extra-argument'/],
    [['import'], /missing argument/],
    [['analyze', '--in'], /argument missing/]
  ])('%j exits 2 with usage on stderr', (args, message) => {
    const run = parallax(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: parallax/);
  });

  it.each(['analyze', 'pairs', 'cluster', 'import'])('%s --help prints its usage and exits 0', (name) => {
    const run = parallax([name, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Usage: parallax ${name}`);
    expect(run.stderr).toBe('');
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2, {"b": [true, false, null, -1.5e3, "x\\n"]}]', -1],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": 01}', 7],
    ['{"a": "b', 8],
    ['{"a": 1} x', 9],
    ['{\n  "a": tru\n}', 9]
  ])('%j breaks at offset %i', (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
    if (offset >= 0) expect(() => JSON.parse(text)).toThrow();
    else expect(() => JSON.parse(text)).not.toThrow();
  });

  it('turns offsets into 1-based lines and columns', () => {
    expect(lineAndColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
