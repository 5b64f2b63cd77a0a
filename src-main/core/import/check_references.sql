-- Rows that name a pairing or an entity the import does not define.
SELECT 'members' AS tbl, 'pairing_id' AS col, m.pairing_id AS value, m._src, m._row
FROM staging.members m
WHERE m.pairing_id IS NOT NULL AND m.pairing_id NOT IN (SELECT pairing_id FROM staging.pairings WHERE pairing_id IS NOT NULL)
UNION ALL
SELECT 'members', 'entity_id', m.entity_id, m._src, m._row
FROM staging.members m
WHERE m.entity_id IS NOT NULL AND m.entity_id NOT IN (SELECT entity_id FROM staging.entities WHERE entity_id IS NOT NULL)
UNION ALL
SELECT 'themes', 'pairing_id', t.pairing_id, t._src, t._row
FROM staging.themes t
WHERE t.pairing_id IS NOT NULL AND t.pairing_id NOT IN (SELECT pairing_id FROM staging.pairings WHERE pairing_id IS NOT NULL)
UNION ALL
SELECT 'stakeholders', 'pairing_id', s.pairing_id, s._src, s._row
FROM staging.stakeholders s
WHERE s.pairing_id IS NOT NULL AND s.pairing_id NOT IN (SELECT pairing_id FROM staging.pairings WHERE pairing_id IS NOT NULL)
UNION ALL
SELECT 'stakeholders', 'entity_id', s.entity_id, s._src, s._row
FROM staging.stakeholders s
WHERE s.entity_id IS NOT NULL AND s.entity_id NOT IN (SELECT entity_id FROM staging.entities WHERE entity_id IS NOT NULL)
UNION ALL
SELECT 'activities', 'pairing_id', a.pairing_id, a._src, a._row
FROM staging.activities a
WHERE a.pairing_id IS NOT NULL AND a.pairing_id NOT IN (SELECT pairing_id FROM staging.pairings WHERE pairing_id IS NOT NULL)
ORDER BY _src, _row, tbl, col;
