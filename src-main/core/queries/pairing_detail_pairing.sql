SELECT pairing_id, title, programme, component, start_date::VARCHAR AS start_date, end_date::VARCHAR AS end_date,
       status, action_plan, pilot_projects
FROM pairings WHERE pairing_id = $id
LIMIT 1;
