-- Theme pairs sharing a pairing; Jaccard = pairings with both / pairings with either.
-- pairing_themes and pairing_theme_pairs are distinct per pairing: counts are pairings.
WITH per_theme AS (
  SELECT t.theme, count(*) AS n FROM pairing_themes t JOIN scope_keys s USING (pk) GROUP BY t.theme
), shared AS (
  SELECT tp.a, tp.b, count(*) AS pairings
  FROM pairing_theme_pairs tp JOIN scope_keys s USING (pk)
  GROUP BY tp.a, tp.b
)
SELECT shared.a, shared.b, shared.pairings::INTEGER AS pairings,
       round(shared.pairings::DOUBLE / (na.n + nb.n - shared.pairings), 4) AS jaccard
FROM shared
JOIN per_theme na ON na.theme = shared.a
JOIN per_theme nb ON nb.theme = shared.b
ORDER BY pairings DESC, shared.a, shared.b;
