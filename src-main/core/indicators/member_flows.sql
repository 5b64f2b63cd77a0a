-- Region-to-region and country-to-country flows from one pass over pairs of distinct
-- members of the same pairing: pairings linking a member in a with another in b (a <= b),
-- so a = b needs two members there.
WITH pairs AS (
  SELECT x.pairing_id,
         least(x.region, y.region) AS region_a, greatest(x.region, y.region) AS region_b,
         least(x.country, y.country) AS country_a, greatest(x.country, y.country) AS country_b
  FROM scope_members x
  JOIN scope_members y ON y.pairing_id = x.pairing_id AND x.entity_id < y.entity_id
)
SELECT 'region' AS level, region_a AS a, region_b AS b, count(DISTINCT pairing_id)::INTEGER AS pairings
FROM pairs GROUP BY region_a, region_b
UNION ALL
SELECT 'country', country_a, country_b, count(DISTINCT pairing_id)::INTEGER
FROM pairs GROUP BY country_a, country_b
ORDER BY level, pairings DESC, a, b;
