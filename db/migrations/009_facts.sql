-- One name for a fact (issue 11): the tables that held "claim groups" are named after facts. SQLite rewrites the
-- foreign keys that name a renamed table or column; the indexes are re-created under their new names.
ALTER TABLE claim_groups RENAME TO facts;
ALTER TABLE facts RENAME COLUMN group_key TO fact_key;
ALTER TABLE group_claims RENAME TO fact_claims;
ALTER TABLE fact_claims RENAME COLUMN group_id TO fact_id;
ALTER TABLE group_verdicts RENAME TO fact_verdicts;
ALTER TABLE fact_verdicts RENAME COLUMN group_id TO fact_id;
ALTER TABLE discrepancies RENAME COLUMN group_id TO fact_id;

DROP INDEX claim_groups_run_position;
CREATE INDEX facts_run_position ON facts (run_id, position);
DROP INDEX claim_groups_key;
CREATE INDEX facts_key ON facts (fact_key, run_id);
DROP INDEX group_claims_claim;
CREATE INDEX fact_claims_claim ON fact_claims (claim_id);
DROP INDEX discrepancies_group_type;
CREATE INDEX discrepancies_fact_type ON discrepancies (fact_id, type);
