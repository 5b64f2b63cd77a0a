-- Every member of every pairing in scope, whatever its own region.
CREATE OR REPLACE TEMP TABLE scope_members AS
SELECT DISTINCT m.pairing_id, m.entity_id, e.country, e.region
FROM members m
JOIN scope_pairings s ON s.pairing_id = m.pairing_id
JOIN entities e ON e.entity_id = m.entity_id;
