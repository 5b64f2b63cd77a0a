-- All four helix values, zeros included; an outcome without an actor helix is in no row.
WITH helix(helix) AS (
  VALUES ('academia'), ('business'), ('government'), ('civil society')
)
SELECT h.helix, count(o.outcome_id)::INTEGER AS outcomes
FROM helix h
LEFT JOIN scope_outcomes o ON o.actor_helix = h.helix
GROUP BY h.helix
ORDER BY outcomes DESC, h.helix;
