-- Entities that folders read as one dataset describe differently (the same city in two
-- programmes' folders must be the same row).
SELECT entity_id FROM entities GROUP BY entity_id HAVING count(DISTINCT entities) > 1 ORDER BY entity_id LIMIT 5;
