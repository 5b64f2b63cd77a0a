-- What a filter change sends the map, in one statement over scope_keys: per member in scope
-- (b IS NULL) the number of pairings in scope it is in, as map_cities.sql counts them; then
-- the partner links between two members of one pairing on different sides (or sides
-- unknown), as map_links.sql finds them, strongest first. Members by ek, which orders
-- entities by entity_id, so a < b is map_links.sql's order. The members in scope are read
-- three times: materialised once.
WITH sm AS MATERIALIZED (
  SELECT s.pk, pm.ek, m.side
  FROM scope_keys s
  JOIN pairing_keys k USING (pk)
  JOIN members m ON m.pairing_id = k.pairing_id
  JOIN pairing_members pm ON pm.pk = s.pk AND pm.entity_id = m.entity_id
)
SELECT * FROM (
  SELECT ek AS a, NULL::INTEGER AS b, count(DISTINCT pk)::INTEGER AS pairings
  FROM sm
  GROUP BY ek
  UNION ALL
  SELECT x.ek, y.ek, count(DISTINCT x.pk)::INTEGER
  FROM sm x JOIN sm y ON x.pk = y.pk AND x.ek < y.ek
  WHERE x.side IS NULL OR y.side IS NULL OR x.side <> y.side
  GROUP BY x.ek, y.ek
)
ORDER BY b IS NOT NULL, pairings DESC, a, b;
