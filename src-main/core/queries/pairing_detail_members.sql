SELECT e.entity_id, e.name, e.country, e.kind, e.region, e.population::DOUBLE AS population,
       e.latitude, e.longitude, e.gcom_signatory, e.gcom_joined::VARCHAR AS gcom_joined, e.gcom_action_plan, m.side
FROM members m JOIN entities e USING (entity_id)
WHERE m.pairing_id = $id
ORDER BY m.side NULLS LAST, e.name;
