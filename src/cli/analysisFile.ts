import type { AnalysisResult } from '../lib/analysis/types';

/**
 * What `parallax analyze` writes: the engine's result under the names the command was published with. The code
 * calls a fact a fact; the file keeps `groups` for the facts and `group` for an outlet's omitted fact, so scripts
 * written against the documented format keep working.
 */
export function analysisFile(result: AnalysisResult) {
  const { engine, articles, facts, outlets, agreement, derived } = result;
  return {
    engine,
    articles,
    groups: facts,
    outlets: outlets.map(({ omissions, ...outlet }) => ({
      ...outlet,
      omissions: omissions.map(({ fact, reportedBy }) => ({ group: fact, reportedBy }))
    })),
    agreement,
    derived
  };
}
