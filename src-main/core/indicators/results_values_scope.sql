-- The values of the result indicators in scope that count as of $as_of (results.md section 2:
-- period_end on or before it; every value when NULL). The running sums are an incremental
-- indicator's A and T as of each row (the rows ending on or before it): as-of only ever drops
-- later rows, so it cannot change them. period_end is unique per indicator (the importer
-- rejects overlapping periods), so "ORDER BY period_end" is a total order.
CREATE OR REPLACE TEMP TABLE scope_result_values AS
SELECT v.ik,
       i.measure <> 'qualitative' AS quantitative,
       v.period_end,
       v.target,
       v.actual,
       sum(v.actual) OVER running AS actual_to_date,
       sum(v.target) OVER running AS target_to_date
FROM pairing_result_values v
JOIN pairing_result_indicators i USING (ik)
JOIN scope_keys s ON s.pk = i.pk
WHERE $as_of IS NULL OR v.period_end <= $as_of
WINDOW running AS (PARTITION BY v.ik ORDER BY v.period_end ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);
