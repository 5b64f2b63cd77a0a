-- The indicator tracking table over scope_achievements (indicators/results_achievements_*.sql),
-- with what a reader needs beside the figures: names, the unit and framework_ref as written,
-- and each period's actual in period order up to the as-of date (the small line).
WITH series AS (
  -- list_sort, not an ordered list(): several times faster. It sorts by the first field, the
  -- ISO date, which is unique per indicator (periods do not overlap).
  SELECT v.ik, list_sort(list({'period_end': v.period_end::VARCHAR, 'actual': v.actual})) AS series
  FROM pairing_result_values v
  JOIN scope_achievements a USING (ik)
  CROSS JOIN scope_as_of d
  WHERE d.day IS NULL OR v.period_end <= d.day
  GROUP BY v.ik
)
SELECT r.indicator_id, r.pairing_id, p.title AS pairing_title, r.entity_id, e.name AS entity_name,
       r.level, r.title, r.unit, r.measure, r.direction, r.accumulation, r.baseline,
       a.target, a.actual, a.achievement, a.status, r.framework_ref, r.sdg_targets,
       coalesce(s.series, []) AS series
FROM scope_achievements a
JOIN pairing_result_indicators i USING (ik)
JOIN result_indicators r ON r.indicator_id = i.indicator_id
JOIN pairings p ON p.pairing_id = r.pairing_id
LEFT JOIN entities e ON e.entity_id = r.entity_id
LEFT JOIN series s ON s.ik = a.ik
-- pk and ik are numbered in pairing_id and indicator_id order: the same order, by integers.
ORDER BY a.pk, a.ik;
