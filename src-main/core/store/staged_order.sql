-- Which staged tables hold their rows out of file order (by file, then row). Rows appended
-- as read are in order; rows a statement inserted (the CSV path joins its typed values)
-- usually are, but nothing guarantees it. An empty OVER () sees the rows in table order.
-- File and row are packed into one BIGINT (both are small and never negative): a struct
-- compared row by row took four times as long.
SELECT 'entities' AS tbl, coalesce(bool_or(back), false) AS unordered FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.entities)
UNION ALL
SELECT 'pairings', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.pairings)
UNION ALL
SELECT 'members', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.members)
UNION ALL
SELECT 'themes', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.themes)
UNION ALL
SELECT 'stakeholders', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.stakeholders)
UNION ALL
SELECT 'activities', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.activities)
UNION ALL
SELECT 'result_indicators', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.result_indicators)
UNION ALL
SELECT 'result_values', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.result_values)
UNION ALL
SELECT 'outcomes', coalesce(bool_or(back), false) FROM (SELECT ((_src::BIGINT << 32) | _row) < lag((_src::BIGINT << 32) | _row) OVER () AS back FROM staging.outcomes);
