-- Members naming an entity no folder holds: their pairings would silently lose a member.
SELECT DISTINCT m.entity_id FROM members m
WHERE m.entity_id NOT IN (SELECT entity_id FROM entities)
ORDER BY m.entity_id LIMIT 5;
