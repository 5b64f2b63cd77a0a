-- Every row of tracking_rows.sql with each period's actual in period order up to the as-of
-- date (the small line): the reports' tracking table and a pairing card's indicators.
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
SELECT t.* EXCLUDE (pk, ik, member, haystack), coalesce(s.series, []) AS series
FROM tracking_rows t
LEFT JOIN series s USING (ik)
-- pk and ik are numbered in pairing_id and indicator_id order: the same order, by integers.
ORDER BY t.pk, t.ik;
