import { CliError, EXIT_FAILURE } from '../CliError';
import type { Command } from '../Command';
import { writeOutput } from '../writeOutput';

export const exportCommand: Command = {
  name: 'export',
  summary: "write an event's claims, groups, verdicts, discrepancies and corrections as JSON or CSV",
  usage: `Usage: parallax export EVENT [--format json|csv] [--out FILE] [--db FILE | --server URL [--token TOKEN]]

EVENT is the event's id. Exports the latest analysis with every correction applied:
  json (default): {"event", "analysis", "claims", "groups", "verdicts", "discrepancies", "corrections"}
  csv: one table with a "record" column (claim, group, verdict, discrepancy, correction)
Corrections carry their status: applied, stale (with the reason), undone, or pending (not analyzed yet).

Options:
  --format F   json or csv (default json)
  --out FILE   write to FILE (atomically) instead of standard output
  --db FILE    the SQLite database (default: $PARALLAX_DB, else db/parallax.sqlite in the project)
  --server URL read from a running Parallax's API instead (e.g. http://localhost:3000)
  --token T    its access token, when it sets PARALLAX_TOKEN with PARALLAX_PRIVATE=1 (default: $PARALLAX_TOKEN)
  -h, --help   show this help

Exit status: 0 on success, 2 on bad usage or an unknown event, 1 on a database or server failure.`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string' },
    server: { type: 'string' },
    token: { type: 'string' }
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const format = (values.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'csv')
      throw new CliError(`--format must be json or csv, not '${format}'`);
    const raw = positionals[0];
    if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1)
      throw new CliError(`EVENT must be an event id, not '${raw}'`);
    if (values.server) {
      if (values.db) throw new CliError('give --db or --server, not both');
      const { fetchEventExport } = await import('../fetchEventExport');
      const { eventExportCsv } = await import('../../lib/server/corrections/eventExport');
      const { config } = await import('../../lib/server/config');
      const token = (values.token as string | undefined) ?? config.accessToken ?? undefined;
      const data = await fetchEventExport(values.server as string, Number(raw), token);
      const out = format === 'csv' ? eventExportCsv(data) : JSON.stringify(data, null, 2) + '\n';
      await writeOutput(values.out as string | undefined, out);
      return;
    }
    const { openStore } = await import('../../lib/server/store/openStore');
    const { eventExportCsv } = await import('../../lib/server/corrections/eventExport');
    const { ValidationError } = await import('../../lib/server/ValidationError');
    let text: string;
    const { store, close } = openStore((values.db as string | undefined) ?? undefined);
    try {
      const data = store.events.export(Number(raw));
      text = format === 'csv' ? eventExportCsv(data) : JSON.stringify(data, null, 2) + '\n';
    } catch (error) {
      if (error instanceof ValidationError) throw new CliError(error.message);
      throw new CliError(`cannot read the database: ${(error as Error).message}`, EXIT_FAILURE);
    } finally {
      close();
    }
    await writeOutput(values.out as string | undefined, text);
  }
};
