-- The values each list filter can take. Filters match trimmed and case-insensitively, so
-- spellings differing only in case or spaces are one option (the first spelling wins).
WITH raw AS (
  SELECT 'programme' AS filter, trim(programme) AS value FROM pairings
  UNION ALL SELECT 'component', trim(component) FROM pairings
  UNION ALL SELECT 'status', trim(status) FROM pairings
  UNION ALL SELECT 'theme', trim(theme) FROM themes
  UNION ALL SELECT 'region', trim(e.region) FROM members m JOIN entities e USING (entity_id)
)
SELECT filter, min(value) AS value
FROM raw
WHERE value IS NOT NULL AND value <> ''
GROUP BY filter, lower(value)
ORDER BY filter, lower(value);
