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
UNION ALL
SELECT 'result_indicators', 'pairing_id', r.pairing_id, r._src, r._row
FROM staging.result_indicators r
WHERE r.pairing_id IS NOT NULL AND r.pairing_id NOT IN (SELECT pairing_id FROM staging.pairings WHERE pairing_id IS NOT NULL)
UNION ALL
SELECT 'result_indicators', 'entity_id', r.entity_id, r._src, r._row
FROM staging.result_indicators r
WHERE r.entity_id IS NOT NULL AND r.entity_id NOT IN (SELECT entity_id FROM staging.entities WHERE entity_id IS NOT NULL)
UNION ALL
SELECT 'result_values', 'indicator_id', v.indicator_id, v._src, v._row
FROM staging.result_values v
WHERE v.indicator_id IS NOT NULL AND v.indicator_id NOT IN (SELECT indicator_id FROM staging.result_indicators WHERE indicator_id IS NOT NULL)
UNION ALL
SELECT 'outcomes', 'pairing_id', o.pairing_id, o._src, o._row
FROM staging.outcomes o
WHERE o.pairing_id IS NOT NULL AND o.pairing_id NOT IN (SELECT pairing_id FROM staging.pairings WHERE pairing_id IS NOT NULL)
UNION ALL
SELECT 'outcomes', 'entity_id', o.entity_id, o._src, o._row
FROM staging.outcomes o
WHERE o.entity_id IS NOT NULL AND o.entity_id NOT IN (SELECT entity_id FROM staging.entities WHERE entity_id IS NOT NULL)
UNION ALL
SELECT 'outcomes', 'indicator_id', o.indicator_id, o._src, o._row
FROM staging.outcomes o
WHERE o.indicator_id IS NOT NULL AND o.indicator_id NOT IN (SELECT indicator_id FROM staging.result_indicators WHERE indicator_id IS NOT NULL)
ORDER BY _src, _row, tbl, col;
