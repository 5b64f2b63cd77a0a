-- Pairings linking a member in region a with another member in region b (a <= b). Pairs
-- of distinct members, so a = b needs two members in that region.
SELECT least(x.region, y.region) AS a,
       greatest(x.region, y.region) AS b,
       count(DISTINCT x.pairing_id)::INTEGER AS pairings
FROM scope_members x
JOIN scope_members y ON y.pairing_id = x.pairing_id AND x.entity_id < y.entity_id
GROUP BY ALL
ORDER BY pairings DESC, a, b;
