-- Every SDG target named by a result indicator or an outcome in scope; a pairing counts once
-- per target however many of its indicators and outcomes name it. Sorted by pairings first
-- (results.md section 4).
WITH named AS (
  SELECT unnest(sdg_targets) AS target, pk, ik, NULL::VARCHAR AS outcome_id FROM scope_achievements
  UNION ALL
  SELECT unnest(sdg_targets), pk, NULL, outcome_id FROM scope_outcomes
)
SELECT target,
       count(DISTINCT ik)::INTEGER AS indicators,
       count(DISTINCT outcome_id)::INTEGER AS outcomes,
       count(DISTINCT pk)::INTEGER AS pairings
FROM named
GROUP BY target
ORDER BY pairings DESC, target;
