-- The distinct entities of the pairings in scope (scope_objects.sql); emptied just before.
INSERT INTO scope_entities
SELECT m.ek,
       any_value(m.region),
       any_value(m.country),
       any_value(m.gcom_signatory),
       any_value(m.gcom_action_plan),
       bool_or(m.joined_during)
FROM pairing_members m
JOIN scope_keys s USING (pk)
GROUP BY m.ek;
