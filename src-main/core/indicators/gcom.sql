-- Over the distinct members of pairings in scope. "Joined during the pairing": joined on
-- or after the start and on or before the end (no end = no upper bound) of at least one
-- of the entity's pairings in scope; pairings without a start never count.
WITH scoped AS (
  SELECT e.* FROM entities e WHERE e.entity_id IN (SELECT entity_id FROM scope_members)
), joined AS (
  SELECT DISTINCT e.entity_id
  FROM scoped e
  JOIN scope_members sm ON sm.entity_id = e.entity_id
  JOIN pairings p ON p.pairing_id = sm.pairing_id
  WHERE e.gcom_signatory AND e.gcom_joined IS NOT NULL AND p.start_date IS NOT NULL
    AND e.gcom_joined >= p.start_date
    AND (p.end_date IS NULL OR e.gcom_joined <= p.end_date)
)
SELECT count(*)::INTEGER AS entities,
       count(*) FILTER (WHERE gcom_signatory)::INTEGER AS signatories,
       CASE WHEN count(*) = 0 THEN 0
            ELSE round(count(*) FILTER (WHERE gcom_signatory)::DOUBLE / count(*), 4) END AS share,
       count(*) FILTER (WHERE gcom_signatory AND gcom_action_plan)::INTEGER AS action_plans,
       (SELECT count(*) FROM joined)::INTEGER AS joined_during_pairing
FROM scoped;
