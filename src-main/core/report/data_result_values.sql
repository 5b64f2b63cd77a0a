-- The normalised result values of the indicators in scope that count as of the call's as-of
-- date (scope_as_of, set once with the results scope: period_end on or before it; all when
-- NULL), as the figures count them. period_end is unique per
-- indicator (overlapping periods are refused at import), so the order is total.
SELECT v.indicator_id, v.period_start::VARCHAR AS period_start, v.period_end::VARCHAR AS period_end, v.target, v.actual, v.comment
FROM result_values v
JOIN result_indicators r USING (indicator_id)
JOIN scope_pairings USING (pairing_id)
CROSS JOIN scope_as_of d
WHERE d.day IS NULL OR v.period_end <= d.day
ORDER BY r.pairing_id, v.indicator_id, v.period_end;
