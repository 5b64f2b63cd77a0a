SELECT t.theme, count(DISTINCT t.pairing_id)::INTEGER AS pairings
FROM themes t
JOIN scope_pairings s USING (pairing_id)
GROUP BY t.theme
ORDER BY pairings DESC, t.theme;
