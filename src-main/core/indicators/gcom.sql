-- Over the distinct members of pairings in scope. "Joined during the pairing" is decided per
-- pairing and member at import (pairing_members.joined_during): an entity counts when it did
-- for at least one of its pairings in scope.
WITH scoped AS (
  SELECT ek,
         any_value(gcom_signatory) AS signatory,
         any_value(gcom_action_plan) AS action_plan,
         bool_or(joined_during) AS joined
  FROM scope_members
  GROUP BY ek
)
SELECT count(*)::INTEGER AS entities,
       count(*) FILTER (WHERE signatory)::INTEGER AS signatories,
       CASE WHEN count(*) = 0 THEN 0
            ELSE round(count(*) FILTER (WHERE signatory)::DOUBLE / count(*), 4) END AS share,
       count(*) FILTER (WHERE signatory AND action_plan)::INTEGER AS action_plans,
       count(*) FILTER (WHERE joined)::INTEGER AS joined_during_pairing
FROM scoped;
