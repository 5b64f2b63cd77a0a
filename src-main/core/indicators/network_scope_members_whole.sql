-- network_scope_members.sql when the scope holds every pairing (scope_is_whole.sql).
CREATE OR REPLACE TEMP VIEW network_scope_members AS
SELECT m.pk, m.ek, m.entity_id
FROM pairing_members m;
