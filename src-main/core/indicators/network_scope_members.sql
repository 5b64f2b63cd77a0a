-- The memberships of the pairings in scope that the network reads (network_memberships.sql,
-- network_hubs.sql): pairing_members joined to the scope's keys directly, as scope_members
-- would also join pairing_keys for ids the network does not need.
CREATE OR REPLACE TEMP VIEW network_scope_members AS
SELECT m.pk, m.ek, m.entity_id
FROM pairing_members m
JOIN scope_keys USING (pk);
