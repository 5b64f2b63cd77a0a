-- The normalised outcomes of the pairings in scope observed on or before the call's as-of
-- date (scope_as_of, set once with the results scope; all when NULL), as the figures count them.
SELECT o.outcome_id, o.pairing_id, o.entity_id, o.date::VARCHAR AS date, o.description, o.change_type, o.actor_helix,
       o.significance, o.contribution, o.evidence, o.substantiation, o.amount_eur, o.sdg_targets, o.indicator_id
FROM outcomes o JOIN scope_pairings USING (pairing_id)
CROSS JOIN scope_as_of d
WHERE d.day IS NULL OR o.date <= d.day
ORDER BY o.pairing_id, o.date, o.outcome_id;
