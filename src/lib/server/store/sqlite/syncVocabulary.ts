import type Database from 'better-sqlite3';
import { DISCREPANCY_TYPES, VERDICTS } from '../../../analysis/types';

/**
 * Adds the engine's verdicts and discrepancy types (the one definition, src/lib/analysis/types.ts) to the tables
 * the analysis rows refer to (migration 007), so the database accepts exactly what the engine can produce, plus
 * any value rows already stored use.
 */
export function syncVocabulary(db: Database.Database): void {
  const hasTables = db
    .prepare(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('verdicts', 'discrepancy_types')"
    )
    .get() as { n: number };
  if (hasTables.n < 2) return;
  const verdict = db.prepare('INSERT OR IGNORE INTO verdicts (name) VALUES (?)');
  const type = db.prepare('INSERT OR IGNORE INTO discrepancy_types (name) VALUES (?)');
  db.transaction(() => {
    VERDICTS.forEach((v) => verdict.run(v));
    DISCREPANCY_TYPES.forEach((t) => type.run(t));
  }).immediate();
}
