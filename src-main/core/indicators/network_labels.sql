-- indicators.md section 6: the connected component of every entity of the member graph of
-- the scope (entities linked when they are members of the same pairing in scope), by label
-- propagation: every entity starts with its own key as label and takes the smallest label
-- among its neighbours until none changes. USING KEY keeps one row per entity, and each
-- round reads only the entities whose label changed in the round before, so the work
-- follows the changes, not the size of the graph times its diameter.
CREATE OR REPLACE TEMP TABLE network_labels AS
WITH RECURSIVE links AS MATERIALIZED (
  SELECT DISTINCT x.ek AS a, y.ek AS b
  FROM scope_members x
  JOIN scope_members y ON y.pk = x.pk AND y.ek <> x.ek
), labels(ek, label) USING KEY (ek) AS (
  SELECT ek, ek FROM scope_entities
  UNION
  SELECT l.b, min(changed.label)
  FROM labels changed
  JOIN links l ON l.a = changed.ek
  JOIN recurring.labels now ON now.ek = l.b
  GROUP BY l.b
  HAVING min(changed.label) < any_value(now.label)
)
SELECT ek, label FROM labels;
