-- The indicator tracking table over scope_achievements (indicators/results_achievements.sql),
-- with what a reader needs beside the figures: names, the unit and framework_ref as written,
-- and each period's actual in period order (the small line; as-of has cut later periods).
WITH series AS (
  SELECT ik, list({'period_end': period_end::VARCHAR, 'actual': actual} ORDER BY period_end) AS series
  FROM scope_result_values
  GROUP BY ik
)
SELECT r.indicator_id, r.pairing_id, p.title AS pairing_title, r.entity_id, e.name AS entity_name,
       r.level, r.title, r.unit, r.measure, r.direction, r.accumulation, r.baseline,
       a.target, a.actual, a.achievement, a.status, r.framework_ref, r.sdg_targets,
       coalesce(s.series, []) AS series
FROM scope_achievements a
JOIN result_indicators r ON r.indicator_id = a.indicator_id
JOIN pairings p ON p.pairing_id = r.pairing_id
LEFT JOIN entities e ON e.entity_id = r.entity_id
LEFT JOIN series s ON s.ik = a.ik
ORDER BY r.pairing_id, r.indicator_id;
