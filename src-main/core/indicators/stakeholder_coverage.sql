-- Per pairing in scope: helix values covered, and Pielou's evenness of participants
-- across them, -sum(p ln p) / ln 4 over helix values with p > 0.
WITH per_helix AS (
  SELECT st.pairing_id, st.helix, sum(st.participants)::DOUBLE AS participants
  FROM stakeholders st JOIN scope_pairings s USING (pairing_id)
  GROUP BY ALL
), per_pairing AS (
  SELECT pairing_id,
         count(*) AS helices,
         sum(participants) AS total
  FROM per_helix GROUP BY pairing_id
), evenness AS (
  SELECT h.pairing_id,
         -- CASE, not FILTER: DuckDB may evaluate ln() on rows a FILTER later drops.
         coalesce(-sum(CASE WHEN h.participants > 0 AND p.total > 0
                            THEN (h.participants / p.total) * ln(h.participants / p.total) END) / ln(4), 0) AS e
  FROM per_helix h JOIN per_pairing p USING (pairing_id)
  GROUP BY h.pairing_id
), counts AS (
  SELECT (SELECT count(*) FROM scope_pairings) AS n,
         (SELECT count(*) FROM per_pairing WHERE helices = 4) AS quadruple,
         (SELECT coalesce(sum(helices), 0) FROM per_pairing) AS helices
)
SELECT CASE WHEN n = 0 THEN 0 ELSE round(quadruple::DOUBLE / n, 4) END AS quadruple_helix_share,
       CASE WHEN n = 0 THEN 0 ELSE round(helices::DOUBLE / 4 / n, 4) END AS mean_helix_coverage,
       coalesce((SELECT round(avg(e), 4) FROM evenness), 0) AS mean_evenness
FROM counts;
