-- The normalised pairings table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT p.pairing_id, p.title, p.programme, p.component, p.start_date::VARCHAR AS start_date,
       p.end_date::VARCHAR AS end_date, p.status, p.action_plan, p.pilot_projects
FROM pairings p JOIN scope_pairings USING (pairing_id)
ORDER BY p.pairing_id;
