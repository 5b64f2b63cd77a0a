-- The programme names of the pairings in scope, for the report's title.
SELECT DISTINCT trim(p.programme) AS programme
FROM pairings p JOIN scope_pairings USING (pairing_id)
WHERE trim(p.programme) <> ''
ORDER BY programme;
