-- The result values of the indicators in scope that count as of the scope's as-of date
-- (scope_as_of, set by openResultsScope; every one when NULL), one IATI period each.
SELECT v.indicator_id, v.period_start::VARCHAR AS period_start, v.period_end::VARCHAR AS period_end, v.target, v.actual, v.comment
FROM result_values v
JOIN result_indicators r USING (indicator_id)
JOIN scope_pairings USING (pairing_id)
CROSS JOIN scope_as_of d
WHERE d.day IS NULL OR v.period_end <= d.day
ORDER BY v.indicator_id, v.period_start;
