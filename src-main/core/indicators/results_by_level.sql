-- All three levels, zeros included.
WITH levels(level) AS (VALUES ('output'), ('outcome'), ('impact'))
SELECT l.level, count(a.ik)::INTEGER AS indicators
FROM levels l
LEFT JOIN scope_achievements a USING (level)
GROUP BY l.level
ORDER BY indicators DESC, l.level;
