-- All four helix values, zeros included; share = participants / all participants in scope.
WITH helix(helix) AS (
  VALUES ('academia'), ('business'), ('government'), ('civil society')
), scoped AS (
  SELECT h.helix, h.organisations, h.participants FROM pairing_helices h JOIN scope_keys s USING (pk)
), total AS (
  SELECT coalesce(sum(participants), 0)::DOUBLE AS participants FROM scoped
)
SELECT h.helix,
       coalesce(sum(sc.organisations), 0)::INTEGER AS organisations,
       coalesce(sum(sc.participants), 0)::DOUBLE AS participants,
       CASE WHEN total.participants = 0 THEN 0
            ELSE round(coalesce(sum(sc.participants), 0) / total.participants, 4) END AS share
FROM helix h
LEFT JOIN scoped sc ON sc.helix = h.helix
CROSS JOIN total
GROUP BY h.helix, total.participants
ORDER BY organisations DESC, h.helix;
