-- The harvested outcomes of the pairings in scope observed on or before scope_as_of's date
-- (every one without a date): results.md section 5 counts these. A view: a scan of them is
-- cheaper than a copy.
CREATE OR REPLACE TEMP VIEW scope_outcomes AS
SELECT o.*
FROM pairing_outcomes o
JOIN scope_keys s USING (pk)
CROSS JOIN scope_as_of d
WHERE d.day IS NULL OR o.date <= d.day;
