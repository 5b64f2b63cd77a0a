-- Every outcome in scope and on or before as-of (scope_outcomes, indicators/outcomes_scope.sql)
-- with all its fields as written, its pairing's title and its member's name; `day` to sort by
-- and `haystack`, the outcome explorer's cells lowercased, chr(1) between them (search_number.sql
-- must exist). A view: a page reads a few of its rows, a report all.
CREATE OR REPLACE TEMP VIEW outcome_list AS
SELECT o.outcome_id, o.pairing_id, p.title AS pairing_title, o.entity_id, e.name AS entity_name,
       o.date AS day, o.date::VARCHAR AS date, o.description, o.change_type, o.actor_helix, o.significance,
       o.contribution, o.evidence, o.substantiation, o.amount_eur, o.sdg_targets, o.indicator_id,
       lower(concat_ws(chr(1), o.outcome_id, o.date::VARCHAR, o.pairing_id, e.name, o.change_type, o.significance,
                       o.description, o.actor_helix, o.substantiation, search_number(o.amount_eur), o.sdg_targets,
                       o.indicator_id, o.contribution, o.evidence, p.title, o.entity_id)) AS haystack
FROM scope_outcomes s
JOIN outcomes o ON o.outcome_id = s.outcome_id
JOIN pairings p ON p.pairing_id = o.pairing_id
JOIN entities e ON e.entity_id = o.entity_id;
