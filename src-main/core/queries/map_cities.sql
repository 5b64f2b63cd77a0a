-- Member cities of the pairings in scope, with the number of those pairings each is in.
SELECT e.entity_id, e.name, e.country, e.region, e.kind, e.latitude, e.longitude,
       count(DISTINCT m.pairing_id)::INTEGER AS pairings
FROM members m
JOIN scope_pairings USING (pairing_id)
JOIN entities e USING (entity_id)
GROUP BY ALL
ORDER BY pairings DESC, e.name;
