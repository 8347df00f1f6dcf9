import { CliError, EXIT_FAILURE } from '../CliError';
import type { Command } from '../Command';
import { parseJson } from '../parseJson';
import { readInput } from '../readInput';
import { readEventInput } from '../readEventInput';
import { writeOutput } from '../writeOutput';
import { analysisFile } from '../analysisFile';
import type { AnalysisResult } from '../../lib/analysis/types';

/** Claim ids key facts and discrepancies, so a duplicate would silently merge two claims for every consumer. */
function assertUniqueClaimIds(result: AnalysisResult): void {
  const articleOfClaim = new Map<string, string>();
  for (const article of result.articles) {
    for (const claim of article.claims) {
      const other = articleOfClaim.get(claim.id);
      if (other !== undefined) {
        throw new CliError(
          `engine returned claim id ${JSON.stringify(claim.id)} twice (articles ${other} and ${article.id})`,
          EXIT_FAILURE
        );
      }
      articleOfClaim.set(claim.id, article.id);
    }
  }
}

export const analyze: Command = {
  name: 'analyze',
  summary: 'split articles about one event into claims, align them across outlets, list discrepancies',
  usage: `Usage: parallax analyze [--in FILE] [--out FILE] [--pretty]

Reads one event as JSON:
  {"event": {"title": "…"},
   "articles": [{"id", "outlet", "title"?, "url"?, "published"?, "text"}]}
and writes the analysis as JSON: {"engine", "articles": [{"id", "outlet", "claims": [...]}],
"groups": [{"id", "claims", "label", "verdict", "outlets", "discrepancies", "cohesion"}], "outlets",
"agreement", "derived"}. Claim start/end are UTF-16 offsets into the article's text.

Options:
  --in FILE    read from FILE instead of standard input
  --out FILE   write to FILE (atomically, only when everything succeeded) instead of standard output
  --pretty     indent the JSON
  -h, --help   show this help

Exit status: 0 on success, 2 on bad usage or malformed input, 1 when the engine fails.`,
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    pretty: { type: 'boolean' }
  },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const input = readEventInput(parseJson(await readInput(values.in as string | undefined)));
    const { analyzeEvent } = await import('../../lib/analysis/analyzeEvent');
    const result = analyzeEvent(input);
    assertUniqueClaimIds(result);
    await writeOutput(
      values.out as string | undefined,
      JSON.stringify(analysisFile(result), null, values.pretty ? 2 : 0) + '\n'
    );
  }
};
