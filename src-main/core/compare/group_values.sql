-- The values a grouping of compare can take, across the whole dataset (the filters then
-- leave some groups empty, which compare says). Grouped as the filters match, trimmed and
-- ignoring case; the first spelling in byte order stands for the group. Start years are the
-- years of the pairings' start dates.
WITH raw AS (
  SELECT 'programme' AS grouping, trim(programme) AS value FROM pairings
  UNION ALL SELECT 'component', trim(component) FROM pairings
  UNION ALL SELECT 'status', trim(status) FROM pairings
  UNION ALL SELECT 'theme', trim(theme) FROM themes
  UNION ALL SELECT 'region', trim(e.region) FROM members m JOIN entities e USING (entity_id)
  UNION ALL SELECT 'start-year', year(start_date)::VARCHAR FROM pairings
)
SELECT min(value) AS value
FROM raw
WHERE grouping = $grouping AND value IS NOT NULL AND value <> ''
GROUP BY lower(value)
ORDER BY lower(value);
