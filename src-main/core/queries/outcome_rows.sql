-- Every outcome in scope and on or before as-of (scope_outcomes, indicators/outcomes_scope.sql)
-- with all its fields as written, its pairing's title and its member's name.
SELECT o.outcome_id, o.pairing_id, p.title AS pairing_title, o.entity_id, e.name AS entity_name,
       o.date::VARCHAR AS date, o.description, o.change_type, o.actor_helix, o.significance,
       o.contribution, o.evidence, o.substantiation, o.amount_eur, o.sdg_targets, o.indicator_id
FROM scope_outcomes s
JOIN outcomes o ON o.outcome_id = s.outcome_id
JOIN pairings p ON p.pairing_id = o.pairing_id
JOIN entities e ON e.entity_id = o.entity_id
ORDER BY o.date, o.outcome_id;
