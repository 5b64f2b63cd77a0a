-- Pairings with at least one member in the region, and the distinct members there.
SELECT region,
       count(DISTINCT pairing_id)::INTEGER AS pairings,
       count(DISTINCT entity_id)::INTEGER AS entities
FROM scope_members
GROUP BY region
ORDER BY pairings DESC, region;
