import { jsonLinesCommand } from '../jsonLinesCommand';
import { parseJsonLines } from '../parseJsonLines';
import { readInput } from '../readInput';
import { writeOutput } from '../writeOutput';
import { validatePairInput } from '../../lib/analysis/validateInput';

export const pairs = jsonLinesCommand({
  name: 'pairs',
  summary: 'compare pairs of sentences: same / related / unrelated, with discrepancies',
  synopsis: `Reads JSON lines {"id", "a", "b"} (two sentences or short passages each) and writes one JSON line per input
line, in the same order: {"id", "relation", "score", "discrepancies"}, where relation is "same", "related" or
"unrelated", score is in 0..1 and discrepancies lists {"type", "values": [valueA, valueB]}.`,
  atomically: 'every line succeeded',
  async run({ values }) {
    const items = parseJsonLines(await readInput(values.in as string | undefined), validatePairInput);
    const { comparePair } = await import('../../lib/analysis/comparePair');
    const lines = items.map(({ value }) => {
      const { relation, score, discrepancies } = comparePair(value.a, value.b);
      return JSON.stringify({ id: value.id, relation, score, discrepancies });
    });
    await writeOutput(values.out as string | undefined, lines.join('\n') + '\n');
  }
});
