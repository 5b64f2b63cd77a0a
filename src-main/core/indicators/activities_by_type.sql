-- Activities of pairings in scope by type (blank = 'unspecified', already so in
-- pairing_activities); blank participants count 0.
SELECT a.type,
       sum(a.activities)::INTEGER AS activities,
       coalesce(sum(a.participants), 0)::DOUBLE AS participants
FROM pairing_activities a
JOIN scope_keys s USING (pk)
GROUP BY a.type
ORDER BY activities DESC, type;
