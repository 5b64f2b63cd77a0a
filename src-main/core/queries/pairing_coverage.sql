-- Per pairing in scope: helix values covered and Pielou's evenness of participants across
-- the four helix values (indicators.md, "Stakeholder mix"); 0 and 0 without stakeholders.
WITH per_helix AS (
  SELECT st.pairing_id, st.helix, sum(st.participants)::DOUBLE AS participants
  FROM stakeholders st JOIN scope_pairings USING (pairing_id)
  GROUP BY ALL
), per_pairing AS (
  SELECT pairing_id, count(*) AS helices, sum(participants) AS total
  FROM per_helix GROUP BY pairing_id
), evenness AS (
  SELECT h.pairing_id,
         coalesce(-sum(CASE WHEN h.participants > 0 AND p.total > 0
                            THEN (h.participants / p.total) * ln(h.participants / p.total) END) / ln(4), 0) AS e
  FROM per_helix h JOIN per_pairing p USING (pairing_id)
  GROUP BY h.pairing_id
)
SELECT s.pairing_id, p.title,
       coalesce(pp.helices, 0)::INTEGER AS helices,
       round(coalesce(ev.e, 0), 4) AS evenness,
       coalesce(pp.total, 0)::DOUBLE AS participants
FROM scope_pairings s
JOIN pairings p USING (pairing_id)
LEFT JOIN per_pairing pp USING (pairing_id)
LEFT JOIN evenness ev USING (pairing_id)
ORDER BY s.pairing_id;
