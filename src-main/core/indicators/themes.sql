-- pairing_themes is distinct per pairing and theme: a theme's rows are its pairings.
SELECT t.theme, count(*)::INTEGER AS pairings
FROM pairing_themes t
JOIN scope_keys s USING (pk)
GROUP BY t.theme
ORDER BY pairings DESC, t.theme;
