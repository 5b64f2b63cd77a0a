-- Every distinct member of every pairing in scope, whatever its own region, with the keys
-- (pk, ek) the indicators count by. A view over pairing_members: nothing is copied.
CREATE OR REPLACE TEMP VIEW scope_members AS
SELECT s.pairing_id, m.entity_id, m.country, m.region,
       m.pk, m.ek, m.gcom_signatory, m.gcom_action_plan, m.joined_during
FROM pairing_members m
JOIN scope_pairings s USING (pk);
