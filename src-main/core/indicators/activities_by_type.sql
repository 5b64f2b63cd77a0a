-- Activities of pairings in scope by type; blank participants count 0.
SELECT coalesce(a.type, 'unspecified') AS type,
       count(*)::INTEGER AS activities,
       coalesce(sum(a.participants), 0)::DOUBLE AS participants
FROM activities a
JOIN scope_pairings s USING (pairing_id)
GROUP BY ALL
ORDER BY activities DESC, type;
