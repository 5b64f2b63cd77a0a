-- One page of tracking_rows.sql: the rows holding $search (lowercased; '' for all), of one
-- level and status when $level is set, in the order result-pages.ts writes from whitelisted
-- columns (ties by indicator_id), with the small line read for this page's rows only.
WITH page AS MATERIALIZED (
  SELECT * EXCLUDE (haystack)
  FROM tracking_rows
  WHERE ($search = '' OR contains(haystack, $search))
    AND ($level IS NULL OR (level = $level AND status = $status))
  ORDER BY {{order}}
  LIMIT $limit OFFSET $offset
), series AS (
  SELECT v.ik, list_sort(list({'period_end': v.period_end::VARCHAR, 'actual': v.actual})) AS series
  FROM pairing_result_values v
  JOIN page USING (ik)
  CROSS JOIN scope_as_of d
  WHERE d.day IS NULL OR v.period_end <= d.day
  GROUP BY v.ik
)
SELECT page.*, coalesce(series.series, []) AS series
FROM page
LEFT JOIN series USING (ik)
ORDER BY {{order}};
