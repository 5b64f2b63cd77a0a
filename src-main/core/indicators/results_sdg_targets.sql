-- Every SDG target named by a result indicator or an outcome (on or before as-of) in scope,
-- from the per-pairing counts derived at import; a pairing counts once per target however
-- many of its indicators and outcomes name it. Sorted by pairings first (results.md section 4).
WITH named AS (
  SELECT n.target, n.pk, n.indicators, 0 AS outcomes
  FROM pairing_sdg_indicators n
  JOIN scope_keys s USING (pk)
  UNION ALL
  SELECT n.target, n.pk, 0, n.outcomes
  FROM pairing_sdg_outcomes n
  JOIN scope_keys s USING (pk)
  CROSS JOIN scope_as_of d
  WHERE d.day IS NULL OR n.date <= d.day
)
SELECT target,
       sum(indicators)::INTEGER AS indicators,
       sum(outcomes)::INTEGER AS outcomes,
       count(DISTINCT pk)::INTEGER AS pairings
FROM named
GROUP BY target
ORDER BY pairings DESC, target;
