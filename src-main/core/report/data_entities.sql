-- The normalised entities table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT e.entity_id, e.name, e.country, e.kind, e.region, e.population, e.latitude, e.longitude,
       e.gcom_signatory, e.gcom_joined::VARCHAR AS gcom_joined, e.gcom_action_plan
FROM entities e WHERE e.entity_id IN (SELECT entity_id FROM scope_members)
ORDER BY e.entity_id;
