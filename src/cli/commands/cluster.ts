import { CliError, EXIT_FAILURE } from '../CliError';
import { jsonLinesCommand } from '../jsonLinesCommand';
import { parseJsonLines } from '../parseJsonLines';
import { readInput } from '../readInput';
import { writeOutput } from '../writeOutput';
import { validateClusterInput } from '../../lib/analysis/validateInput';

export const cluster = jsonLinesCommand({
  name: 'cluster',
  summary: 'group articles by the real-world event they report',
  synopsis: `Reads JSON lines {"id", "title"?, "text"} (one article each) and writes one JSON line per article, in input
order: {"id", "event"}; articles with the same "event" value report the same event.`,
  atomically: 'everything succeeded',
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
});
