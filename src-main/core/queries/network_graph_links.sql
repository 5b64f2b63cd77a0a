-- Pairs of drawn entities that share pairings in scope, with how many they share.
SELECT x.entity_id AS source, y.entity_id AS target, count(*)::INTEGER AS pairings
FROM scope_members x
JOIN scope_members y ON y.pk = x.pk AND x.ek < y.ek
WHERE x.ek IN (SELECT ek FROM network_shown) AND y.ek IN (SELECT ek FROM network_shown)
GROUP BY x.entity_id, y.entity_id
ORDER BY source, target;
