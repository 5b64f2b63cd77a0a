-- The harvested outcomes of the pairings in scope observed on or before $as_of (every one
-- when NULL): results.md section 5 counts these, and the SDG targets count them too.
CREATE OR REPLACE TEMP TABLE scope_outcomes AS
SELECT o.*
FROM pairing_outcomes o
JOIN scope_keys s USING (pk)
WHERE $as_of IS NULL OR o.date <= $as_of;
