-- The pairings in scope (scope_pairings, set by openScope with the reports' filters), grouped
-- by programme: each programme in scope becomes one hierarchy-1 activity. Dates as ISO text.
SELECT p.pairing_id, p.title, p.programme, p.start_date::VARCHAR AS start_date, p.end_date::VARCHAR AS end_date,
       lower(trim(p.status)) AS status
FROM pairings p JOIN scope_pairings USING (pairing_id)
ORDER BY p.programme NULLS LAST, p.pairing_id;
