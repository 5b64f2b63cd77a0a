-- Over the pairings in scope: the share covering all four helix values, the mean share of
-- helix values covered, and the mean evenness of the pairings with stakeholders.
WITH counts AS (
  SELECT (SELECT count(*) FROM scope_keys) AS n
), mix AS (
  SELECT count(*) FILTER (WHERE ps.helices = 4) AS quadruple,
         coalesce(sum(ps.helices), 0) AS helices,
         round(avg(ps.evenness), 4) AS evenness
  FROM pairing_stakeholders ps
  JOIN scope_keys s USING (pk)
)
SELECT CASE WHEN n = 0 THEN 0 ELSE round(quadruple::DOUBLE / n, 4) END AS quadruple_helix_share,
       CASE WHEN n = 0 THEN 0 ELSE round(helices::DOUBLE / 4 / n, 4) END AS mean_helix_coverage,
       coalesce(evenness, 0) AS mean_evenness
FROM counts, mix;
