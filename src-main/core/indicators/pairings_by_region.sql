-- Pairings with at least one member in the region, and the distinct members there.
SELECT region,
       count(DISTINCT pk)::INTEGER AS pairings,
       count(DISTINCT ek)::INTEGER AS entities
FROM scope_members
GROUP BY region
ORDER BY pairings DESC, region;
