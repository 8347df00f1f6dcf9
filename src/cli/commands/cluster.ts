import { CliError, EXIT_FAILURE } from '../CliError';
import type { Command } from '../Command';
import { parseJsonLines } from '../parseJsonLines';
import { readInput } from '../readInput';
import { writeOutput } from '../writeOutput';
import { validateClusterInput } from '../../lib/analysis/validateInput';

export const cluster: Command = {
  name: 'cluster',
  summary: 'group articles by the real-world event they report',
  usage: `Usage: parallax cluster [--in FILE] [--out FILE]

Reads JSON lines {"id", "title"?, "text"} (one article each) and writes one JSON line per article, in input
order: {"id", "event"}; articles with the same "event" value report the same event.

Options:
  --in FILE    read from FILE instead of standard input
  --out FILE   write to FILE (atomically, only when everything succeeded) instead of standard output
  -h, --help   show this help

Exit status: 0 on success, 2 on bad usage or a malformed line (the error names the line), 1 when the engine fails.`,
  options: {
    in: { type: 'string' },
    out: { type: 'string' }
  },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const items = parseJsonLines(await readInput(values.in as string | undefined), validateClusterInput);
    const { clusterArticles } = await import('../../lib/analysis/clusterArticles');
    const eventOf = clusterArticles(items.map(({ value }) => value));
    const lines = items.map(({ value }) => {
      const event = eventOf.get(value.id);
      if (event === undefined)
        throw new CliError(`engine gave no event for article ${value.id}`, EXIT_FAILURE);
      return JSON.stringify({ id: value.id, event });
    });
    await writeOutput(values.out as string | undefined, lines.join('\n') + '\n');
  }
};
