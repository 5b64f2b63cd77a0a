-- The pairings in scope with a drawn member, each with its drawn members' entity ids: the
-- list the Network view shows for a picked city.
SELECT m.pairing_id, any_value(p.title) AS title, list(m.entity_id ORDER BY m.entity_id) AS members
FROM scope_members m
JOIN network_shown s USING (ek)
JOIN pairings p ON p.pairing_id = m.pairing_id
GROUP BY m.pairing_id
ORDER BY m.pairing_id;
