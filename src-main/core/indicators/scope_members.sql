-- Every distinct member of every pairing in scope, whatever its own region (a view over
-- pairing_members: nothing is copied), ...
CREATE OR REPLACE TEMP VIEW scope_members AS
SELECT s.pairing_id, m.entity_id, m.country, m.region, m.pk, m.ek
FROM pairing_members m
JOIN scope_pairings s USING (pk);

-- ... and the distinct entities among them, once: several indicators count them.
-- joined: a GCoM signatory that joined during at least one of its pairings in scope. Region,
-- country and the GCoM flags are the entity's own (pairing_members copies them from entities
-- with its ek), so grouping by them too keeps one row per entity, and costs less than taking
-- any_value of each.
CREATE OR REPLACE TEMP TABLE scope_entities AS
SELECT m.ek, m.region, m.country, m.gcom_signatory, m.gcom_action_plan,
       bool_or(m.joined_during) AS joined
FROM pairing_members m
JOIN scope_keys s USING (pk)
GROUP BY m.ek, m.region, m.country, m.gcom_signatory, m.gcom_action_plan;
