-- The member entities of the pairings in scope with what a participating-org and a
-- recipient-country need; in the file's order (rowid), so a pairing lists them alike each run.
SELECT m.pairing_id, e.entity_id, e.name, e.country, e.kind, e.region
FROM members m
JOIN scope_pairings USING (pairing_id)
JOIN entities e USING (entity_id)
ORDER BY m.pairing_id, m.rowid;
