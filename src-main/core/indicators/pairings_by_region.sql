-- Pairings with at least one member in the region (pairing_regions: one row per pairing and
-- region), and the distinct members there. A region has a pairing in scope exactly when it
-- has an entity in scope, so the join drops no region.
WITH pairings AS (
  SELECT r.region, count(*) AS pairings FROM pairing_regions r JOIN scope_keys s USING (pk) GROUP BY r.region
), entities AS (
  SELECT region, count(*) AS entities FROM scope_entities GROUP BY region
)
SELECT p.region,
       p.pairings::INTEGER AS pairings,
       e.entities::INTEGER AS entities
FROM pairings p
JOIN entities e USING (region)
ORDER BY pairings DESC, region;
