import type { Command } from '../Command';
import { parseJsonLines } from '../parseJsonLines';
import { readInput } from '../readInput';
import { writeOutput } from '../writeOutput';
import { validatePairInput } from '../../lib/analysis/validateInput';

export const pairs: Command = {
  name: 'pairs',
  summary: 'compare pairs of sentences: same / related / unrelated, with discrepancies',
  usage: `Usage: parallax pairs [--in FILE] [--out FILE]

Reads JSON lines {"id", "a", "b"} (two sentences or short passages each) and writes one JSON line per input
line, in the same order: {"id", "relation", "score", "discrepancies"}, where relation is "same", "related" or
"unrelated", score is in 0..1 and discrepancies lists {"type", "values": [valueA, valueB]}.

Options:
  --in FILE    read from FILE instead of standard input
  --out FILE   write to FILE (atomically, only when every line succeeded) instead of standard output
  -h, --help   show this help

Exit status: 0 on success, 2 on bad usage or a malformed line (the error names the line), 1 when the engine fails.`,
  options: {
    in: { type: 'string' },
    out: { type: 'string' }
  },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const items = parseJsonLines(await readInput(values.in as string | undefined), validatePairInput);
    const { comparePair } = await import('../../lib/analysis/comparePair');
    const lines = items.map(({ value }) => {
      const { relation, score, discrepancies } = comparePair(value.a, value.b);
      return JSON.stringify({ id: value.id, relation, score, discrepancies });
    });
    await writeOutput(values.out as string | undefined, lines.join('\n') + '\n');
  }
};
