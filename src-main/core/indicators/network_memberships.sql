-- The member graph of the scope as its memberships (pairing key, entity key), for the
-- union-find of network-components.ts.
SELECT pk, ek FROM network_scope_members;
