-- One row per entity in scope with its GCoM status; "joined during a pairing" as in
-- indicators/gcom.sql.
WITH joined AS (
  SELECT DISTINCT e.entity_id
  FROM entities e
  JOIN scope_members sm ON sm.entity_id = e.entity_id
  JOIN pairings p ON p.pairing_id = sm.pairing_id
  WHERE e.gcom_signatory AND e.gcom_joined IS NOT NULL AND p.start_date IS NOT NULL
    AND e.gcom_joined >= p.start_date
    AND (p.end_date IS NULL OR e.gcom_joined <= p.end_date)
), pairing_counts AS (
  SELECT entity_id, count(DISTINCT pairing_id)::INTEGER AS pairings FROM scope_members GROUP BY entity_id
)
SELECT e.entity_id,
       e.name,
       e.country,
       e.region,
       e.kind,
       pc.pairings,
       e.gcom_signatory,
       e.gcom_joined::VARCHAR AS gcom_joined,
       e.gcom_action_plan,
       e.entity_id IN (SELECT entity_id FROM joined) AS joined_during_pairing
FROM entities e
JOIN pairing_counts pc USING (entity_id)
ORDER BY e.region, e.country, e.name, e.entity_id;
