-- Region-to-region and country-to-country flows: pairing_flows holds each pairing's
-- distinct cells (a <= b, from pairs of distinct members), so a cell's pairings is a count.
SELECT f.level, f.a, f.b, count(*)::INTEGER AS pairings
FROM pairing_flows f
JOIN scope_keys s USING (pk)
GROUP BY f.level, f.a, f.b
ORDER BY level, pairings DESC, a, b;
