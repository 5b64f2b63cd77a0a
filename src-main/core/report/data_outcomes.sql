-- The normalised outcomes of the pairings in scope observed on or before $as_of (all when
-- NULL), as the figures count them.
SELECT o.outcome_id, o.pairing_id, o.entity_id, o.date::VARCHAR AS date, o.description, o.change_type, o.actor_helix,
       o.significance, o.contribution, o.evidence, o.substantiation, o.amount_eur, o.sdg_targets, o.indicator_id
FROM outcomes o JOIN scope_pairings USING (pairing_id)
WHERE $as_of IS NULL OR o.date <= $as_of
ORDER BY o.pairing_id, o.date, o.outcome_id;
