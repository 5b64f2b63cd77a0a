-- Per pairing in scope with stakeholders: organisations and participants, in all and per
-- helix value, helix values covered, and Pielou's evenness (pairing_stakeholders, derived at
-- import). A view: read only by the queries that need it, over the scope they just set.
CREATE OR REPLACE TEMP VIEW scope_pairing_stakeholders AS
SELECT s.pairing_id, ps.pk, ps.organisations, ps.participants, ps.helices,
       ps.academia, ps.business, ps.government, ps.civil_society, ps.evenness
FROM pairing_stakeholders ps
JOIN scope_pairings s USING (pk);
