-- Pairing ids given more than once across the folders read as one dataset.
SELECT pairing_id FROM pairings GROUP BY pairing_id HAVING count(*) > 1 ORDER BY pairing_id LIMIT 5;
