-- Partner links: two members of one pairing on different sides (or sides unknown).
WITH sm AS (
  SELECT m.pairing_id, m.entity_id, m.side FROM members m JOIN scope_pairings USING (pairing_id)
)
SELECT x.entity_id AS a, y.entity_id AS b, count(DISTINCT x.pairing_id)::INTEGER AS pairings
FROM sm x JOIN sm y ON x.pairing_id = y.pairing_id AND x.entity_id < y.entity_id
WHERE x.side IS NULL OR y.side IS NULL OR x.side <> y.side
GROUP BY ALL
ORDER BY pairings DESC, a, b;
