-- Over the pairings in scope: the share covering all four helix values, the mean share of
-- helix values covered, and the mean evenness of the pairings with stakeholders.
WITH counts AS (
  SELECT (SELECT count(*) FROM scope_pairings) AS n,
         (SELECT count(*) FROM scope_pairing_stakeholders WHERE helices = 4) AS quadruple,
         (SELECT coalesce(sum(helices), 0) FROM scope_pairing_stakeholders) AS helices
)
SELECT CASE WHEN n = 0 THEN 0 ELSE round(quadruple::DOUBLE / n, 4) END AS quadruple_helix_share,
       CASE WHEN n = 0 THEN 0 ELSE round(helices::DOUBLE / 4 / n, 4) END AS mean_helix_coverage,
       coalesce((SELECT round(avg(evenness), 4) FROM scope_pairing_stakeholders), 0) AS mean_evenness
FROM counts;
