-- The result indicators of the pairings in scope: as-of never removes an indicator
-- (results.md section 2), only its later values.
SELECT r.indicator_id, r.pairing_id, r.level, r.title, r.unit, r.measure, r.direction, r.accumulation,
       r.baseline, r.baseline_date::VARCHAR AS baseline_date, r.framework_ref, r.sdg_targets
FROM result_indicators r JOIN scope_pairings USING (pairing_id)
ORDER BY r.pairing_id, r.indicator_id;
