-- Every SDG target named by a result indicator or an outcome (on or before as-of) in scope,
-- from the per-pairing counts derived at import (pairing_sdg_targets has one row per pairing
-- and target, so pairings are counted without a DISTINCT). Sorted by pairings first
-- (results.md section 4).
WITH by_pairings AS (
  SELECT n.target,
         sum(n.indicators) AS indicators,
         count(*) FILTER (WHERE n.indicators > 0 OR n.first_outcome <= coalesce(d.day, n.first_outcome)) AS pairings
  FROM pairing_sdg_targets n
  JOIN scope_keys s USING (pk)
  CROSS JOIN scope_as_of d
  GROUP BY n.target
), by_outcomes AS (
  SELECT n.target, sum(n.outcomes) AS outcomes
  FROM pairing_sdg_outcomes n
  JOIN scope_keys s USING (pk)
  CROSS JOIN scope_as_of d
  WHERE d.day IS NULL OR n.date <= d.day
  GROUP BY n.target
)
SELECT p.target,
       p.indicators::INTEGER AS indicators,
       coalesce(o.outcomes, 0)::INTEGER AS outcomes,
       p.pairings::INTEGER AS pairings
FROM by_pairings p
LEFT JOIN by_outcomes o USING (target)
WHERE p.pairings > 0
ORDER BY pairings DESC, p.target;
