SELECT pairing_id, date::VARCHAR AS date, type, participants, description
FROM activities WHERE pairing_id = $id ORDER BY date NULLS LAST, type;
