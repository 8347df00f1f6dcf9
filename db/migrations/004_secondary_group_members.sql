-- A claim that states several facts belongs to one group (its own fact) and may also be listed in others:
-- those listings are "secondary" (ClaimGroup.secondary in the engine's output).
ALTER TABLE group_claims ADD COLUMN secondary INTEGER NOT NULL DEFAULT 0 CHECK (secondary IN (0, 1));
