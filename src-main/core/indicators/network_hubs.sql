-- indicators.md section 6: the entities that are members of two or more pairings in scope,
-- sorted by pairings descending, then name, then entity (byte order).
SELECT e.entity_id AS entity, e.name, e.country, h.pairings::INTEGER AS pairings
FROM (
  SELECT entity_id, count(*) AS pairings
  FROM network_scope_members
  GROUP BY entity_id
  HAVING count(*) >= 2
) h
JOIN entities e USING (entity_id)
ORDER BY h.pairings DESC, e.name, e.entity_id;
