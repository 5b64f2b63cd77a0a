-- An entity in several folders (a city in two programmes) is one entity: its first row stays.
DELETE FROM entities e
WHERE e.rowid > (SELECT min(f.rowid) FROM entities f WHERE f.entity_id = e.entity_id);
