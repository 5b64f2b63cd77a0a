-- The member graph of the scope as its memberships (pairing key, entity key), for the
-- union-find of network-components.ts: pairing_members joined to the scope's keys directly,
-- as scope_members would also join pairing_keys for ids the graph does not need.
SELECT m.pk, m.ek
FROM pairing_members m
JOIN scope_keys USING (pk);
