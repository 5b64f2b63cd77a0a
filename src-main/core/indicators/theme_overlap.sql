-- Theme pairs sharing a pairing; Jaccard = pairings with both / pairings with either.
WITH pt AS (
  SELECT DISTINCT t.pairing_id, t.theme FROM themes t JOIN scope_pairings s USING (pairing_id)
), per_theme AS (
  SELECT theme, count(*) AS n FROM pt GROUP BY theme
), shared AS (
  SELECT x.theme AS a, y.theme AS b, count(*) AS pairings
  FROM pt x JOIN pt y ON y.pairing_id = x.pairing_id AND x.theme < y.theme
  GROUP BY ALL
)
SELECT shared.a, shared.b, shared.pairings::INTEGER AS pairings,
       round(shared.pairings::DOUBLE / (na.n + nb.n - shared.pairings), 4) AS jaccard
FROM shared
JOIN per_theme na ON na.theme = shared.a
JOIN per_theme nb ON nb.theme = shared.b
ORDER BY pairings DESC, shared.a, shared.b;
