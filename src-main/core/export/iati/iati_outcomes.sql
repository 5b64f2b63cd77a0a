-- The harvested outcomes of the pairings in scope on or before the as-of date (all when NULL).
SELECT o.outcome_id, o.pairing_id, o.date::VARCHAR AS date, o.description, o.change_type, o.substantiation, o.sdg_targets
FROM outcomes o JOIN scope_pairings USING (pairing_id)
CROSS JOIN scope_as_of d
WHERE d.day IS NULL OR o.date <= d.day
ORDER BY o.pairing_id, o.date, o.outcome_id;
