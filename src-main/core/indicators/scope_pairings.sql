-- The pairings in scope with their ids, for the queries that read the dataset's own tables.
-- A view, so that the indicators, which need only pk, do not pay for copying the ids.
CREATE OR REPLACE TEMP VIEW scope_pairings AS
SELECT s.pk, k.pairing_id FROM scope_keys s JOIN pairing_keys k USING (pk);

-- Per pairing in scope with stakeholders: organisations and participants, in all and per
-- helix value, helix values covered, and Pielou's evenness (pairing_stakeholders, derived at
-- import). A view: read only by the queries that need it, over the scope they just set.
CREATE OR REPLACE TEMP VIEW scope_pairing_stakeholders AS
SELECT s.pairing_id, ps.pk, ps.organisations, ps.participants, ps.helices,
       ps.academia, ps.business, ps.government, ps.civil_society, ps.evenness
FROM pairing_stakeholders ps
JOIN scope_pairings s USING (pk);
