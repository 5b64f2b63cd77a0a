-- outcomes_scope.sql when the scope holds every pairing (scope_is_whole.sql): the same rows
-- without the join with scope_keys.
CREATE OR REPLACE TEMP VIEW scope_outcomes AS
SELECT o.*
FROM pairing_outcomes o
CROSS JOIN scope_as_of d
WHERE d.day IS NULL OR o.date <= d.day;
