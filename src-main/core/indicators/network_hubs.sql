-- indicators.md section 6: the entities that are members of two or more pairings in scope,
-- sorted by pairings descending, then name, then entity (byte order). pairing_members joined
-- to the scope's keys directly: scope_members would also join pairing_keys for the ids.
SELECT e.entity_id AS entity, e.name, e.country, h.pairings::INTEGER AS pairings
FROM (
  SELECT m.entity_id, count(*) AS pairings
  FROM pairing_members m
  JOIN scope_keys USING (pk)
  GROUP BY m.entity_id
  HAVING count(*) >= 2
) h
JOIN entities e USING (entity_id)
ORDER BY h.pairings DESC, e.name, e.entity_id;
