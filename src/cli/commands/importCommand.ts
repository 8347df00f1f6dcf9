import { readFile } from 'node:fs/promises';
import { CliError } from '../CliError';
import type { Command } from '../Command';
import { parseJson } from '../parseJson';
import { readEventInput } from '../readEventInput';

export const importCommand: Command = {
  name: 'import',
  summary: 'store an event file in the database (creates the event or adds to the one with that title)',
  usage: `Usage: parallax import FILE.json [--db FILE]

FILE.json has the same shape as the input of 'parallax analyze':
  {"event": {"title": "…"}, "articles": [{"id", "outlet", "title"?, "url"?, "published"?, "text"}]}
The event with that title is created, or extended when it exists; articles already stored in it (same id or same
text) are skipped. All or nothing: on any bad article nothing is stored. Prints
{"eventId", "created", "added": [article row ids], "skipped": [input ids], "analysis": {"runId", "state",
"error"}} as JSON, after analyzing the event (unchanged articles are not analyzed again).

Options:
  --db FILE    the SQLite database (default: $PARALLAX_DB, else db/parallax.sqlite in the project)
  -h, --help   show this help

Exit status: 0 on success, 2 on bad usage or malformed input, 1 on a database failure.`,
  options: {
    db: { type: 'string' }
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const file = positionals[0];
    let text: string;
    try {
      text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      throw new CliError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      );
    }
    const input = readEventInput(parseJson(text, file));
    // Loaded only here: the other commands must not need the native SQLite module.
    const { openStore } = await import('../../lib/server/store/openStore');
    const { ValidationError } = await import('../../lib/server/ValidationError');
    const { store, close } = openStore((values.db as string | undefined) ?? undefined);
    try {
      const result = store.events.import(input, { source: 'import' });
      // The stored analysis is what the dashboard shows: bring it up to date before returning.
      const run = store.analysis.runNow(result.eventId);
      const analysis = { runId: run.id, state: run.state, error: run.error };
      process.stdout.write(JSON.stringify({ ...result, analysis }) + '\n');
    } catch (error) {
      if (error instanceof ValidationError) throw new CliError(error.message);
      throw error;
    } finally {
      close();
    }
  }
};
