-- The indicator tracking table over scope_achievements (indicators/results_achievements_*.sql):
-- one row per result indicator in scope with what a reader needs beside the figures: names,
-- the unit and framework_ref as written. `member` is the Results view's Member cell and
-- `haystack` its cells lowercased, chr(1) between them so that a search never spans two
-- (search_number.sql must exist). A view: a page reads a few of its rows, a report all.
CREATE OR REPLACE TEMP VIEW tracking_rows AS
SELECT a.pk, a.ik, r.indicator_id, r.pairing_id, p.title AS pairing_title, r.entity_id, e.name AS entity_name,
       coalesce(e.name, 'whole pairing') AS member,
       r.level, r.title, r.unit, r.measure, r.direction, r.accumulation, r.baseline,
       a.target, a.actual, a.achievement, a.status, r.framework_ref, r.sdg_targets,
       lower(concat_ws(chr(1), r.indicator_id, r.pairing_id, coalesce(e.name, 'whole pairing'), r.level, r.title, r.unit,
                       search_number(r.baseline), search_number(a.target), search_number(a.actual),
                       search_number(a.achievement), a.status)) AS haystack
FROM scope_achievements a
JOIN pairing_result_indicators i USING (ik)
JOIN result_indicators r ON r.indicator_id = i.indicator_id
JOIN pairings p ON p.pairing_id = r.pairing_id
LEFT JOIN entities e ON e.entity_id = r.entity_id;
