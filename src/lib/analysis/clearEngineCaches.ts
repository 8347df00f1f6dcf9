// The engine's in-process memories (profiles, pair scores, compared pairs, verdicts, shingles) emptied, as after
// a restart: what benchmarks and tests call to measure or check the path that starts from a stored result.
import { clearAlignmentCaches } from './alignClaims';
import { clearComparedPairs } from './comparedPairs';
import { clearShingles } from './findDerivedCopies';
import { clearVerdicts } from './verdictsOnce';

export function clearEngineCaches(): void {
  clearAlignmentCaches();
  clearComparedPairs();
  clearVerdicts();
  clearShingles();
}
