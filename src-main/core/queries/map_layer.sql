-- The map's city layer: every entity that is a member of any pairing, by its integer key ek
-- (pairing_members), with what placing it needs. Fetched once per import; a filter change
-- then sends only keys and counts (map_scope.sql).
SELECT m.ek, e.entity_id, e.name, e.country, e.kind, e.latitude, e.longitude
FROM (SELECT DISTINCT ek, entity_id FROM pairing_members) m
JOIN entities e USING (entity_id)
ORDER BY m.ek;
