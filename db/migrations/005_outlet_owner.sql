-- The group that owns an outlet ("Rossiya Segodnya", "Axel Springer SE"), NULL when unknown. Outlets with one
-- owner can be counted as one independent source on the event page (compared case-insensitively).
ALTER TABLE outlets ADD COLUMN owner TEXT CHECK (owner IS NULL OR (length(trim(owner)) > 0 AND length(owner) <= 200));
-- "Other outlets of this owner" on the outlet page.
CREATE INDEX outlets_owner ON outlets (lower(owner)) WHERE owner IS NOT NULL;
