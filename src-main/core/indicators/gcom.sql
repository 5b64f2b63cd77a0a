-- Over the distinct members of pairings in scope (scope_entities). "Joined during the
-- pairing" is decided per pairing and member at import (pairing_members.joined_during): an
-- entity counts when it did for at least one of its pairings in scope.
SELECT count(*)::INTEGER AS entities,
       count(*) FILTER (WHERE gcom_signatory)::INTEGER AS signatories,
       CASE WHEN count(*) = 0 THEN 0
            ELSE round(count(*) FILTER (WHERE gcom_signatory)::DOUBLE / count(*), 4) END AS share,
       count(*) FILTER (WHERE gcom_signatory AND gcom_action_plan)::INTEGER AS action_plans,
       count(*) FILTER (WHERE joined)::INTEGER AS joined_during_pairing
FROM scope_entities;
