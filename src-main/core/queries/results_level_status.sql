-- Every level with every status, zeros included, in the order of RESULT_LEVELS and
-- RESULT_STATUSES (shared/): a stacked chart needs the same series for each level.
WITH levels(level, level_order) AS (
  VALUES ('output', 1), ('outcome', 2), ('impact', 3)
), statuses(status, status_order) AS (
  VALUES ('on track', 1), ('at risk', 2), ('off track', 3), ('no actual', 4), ('no target', 5),
         ('no baseline', 6), ('no change targeted', 7), ('qualitative', 8)
)
SELECT l.level, s.status, count(a.ik)::INTEGER AS indicators
FROM levels l
CROSS JOIN statuses s
LEFT JOIN scope_achievements a ON a.level = l.level AND a.status = s.status
GROUP BY l.level, l.level_order, s.status, s.status_order
ORDER BY l.level_order, s.status_order;
