-- What a filter change sends the map, in one statement over scope_keys and integer tables
-- derived at import: per member in scope (b IS NULL) the number of pairings in scope it is
-- in, as map_cities.sql counts them (pairing_members holds a member once per pairing); then
-- the partner links between two members of one pairing on different sides (or sides
-- unknown), as map_links.sql finds them (pairing_links, schema/0007, holds each pairing's
-- once), strongest first. Members by ek, which orders entities by entity_id, so a < b is
-- map_links.sql's order.
SELECT * FROM (
  SELECT pm.ek AS a, NULL::INTEGER AS b, count(*)::INTEGER AS pairings
  FROM scope_keys s
  JOIN pairing_members pm USING (pk)
  GROUP BY pm.ek
  UNION ALL
  SELECT l.a, l.b, count(*)::INTEGER
  FROM scope_keys s
  JOIN pairing_links l USING (pk)
  GROUP BY l.a, l.b
)
ORDER BY b IS NOT NULL, pairings DESC, a, b;
