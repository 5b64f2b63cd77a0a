-- All four helix values, zeros included; share = participants / all participants in scope.
-- Summed per helix before the four values are joined: four groups to join, not every row.
WITH helix(helix) AS (
  VALUES ('academia'), ('business'), ('government'), ('civil society')
), by_helix AS (
  SELECT h.helix, sum(h.organisations) AS organisations, sum(h.participants) AS participants
  FROM pairing_helices h JOIN scope_keys s USING (pk)
  GROUP BY h.helix
), total AS (
  SELECT coalesce(sum(participants), 0)::DOUBLE AS participants FROM by_helix
)
SELECT h.helix,
       coalesce(b.organisations, 0)::INTEGER AS organisations,
       coalesce(b.participants, 0)::DOUBLE AS participants,
       CASE WHEN total.participants = 0 THEN 0
            ELSE round(coalesce(b.participants, 0) / total.participants, 4) END AS share
FROM helix h
LEFT JOIN by_helix b ON b.helix = h.helix
CROSS JOIN total
ORDER BY organisations DESC, h.helix;
