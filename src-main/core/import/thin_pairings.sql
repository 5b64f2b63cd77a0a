-- Pairings with fewer than two distinct members (a warning: a pairing links two or more).
SELECT p.pairing_id, p._src, p._row, count(DISTINCT m.entity_id)::INTEGER AS members
FROM staging.pairings p
LEFT JOIN staging.members m ON m.pairing_id = p.pairing_id
WHERE p.pairing_id IS NOT NULL
GROUP BY ALL
HAVING count(DISTINCT m.entity_id) < 2
ORDER BY p._src, p._row;
