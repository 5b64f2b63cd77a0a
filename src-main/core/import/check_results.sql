-- The rules of results.md section 1 that span rows or sheets, over the staged import.
-- References that do not exist at all are check_references.sql's; these rows name ones that
-- exist but do not fit. Each row: the problem's code, where it is (tbl, col, _src, _row), the
-- value at fault, and for an overlap the earlier row (other_src, other_row, other_start,
-- other_end).
WITH members AS (
  SELECT DISTINCT pairing_id, entity_id FROM staging.members
), indicators AS (
  -- The first row of each id: a duplicate id is reported already, and its rows are not
  -- judged against a definition the import will refuse anyway.
  SELECT * FROM staging.result_indicators
  WHERE indicator_id IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY indicator_id ORDER BY _src, _row) = 1
), problems AS (
  -- The measured member, or the outcome's, must be a member of its pairing.
  SELECT 'not-a-member' AS code, 'result_indicators' AS tbl, 'entity_id' AS col, r._src, r._row, r.entity_id AS value, r.pairing_id AS detail,
         NULL::INTEGER AS other_src, NULL::INTEGER AS other_row, NULL::VARCHAR AS other_start, NULL::VARCHAR AS other_end
  FROM staging.result_indicators r
  WHERE r.entity_id IN (SELECT entity_id FROM staging.entities)
    AND r.pairing_id IN (SELECT pairing_id FROM staging.pairings)
    AND (r.pairing_id, r.entity_id) NOT IN (SELECT (pairing_id, entity_id) FROM members)
  UNION ALL
  SELECT 'not-a-member', 'outcomes', 'entity_id', o._src, o._row, o.entity_id, o.pairing_id, NULL, NULL, NULL, NULL
  FROM staging.outcomes o
  WHERE o.entity_id IN (SELECT entity_id FROM staging.entities)
    AND o.pairing_id IN (SELECT pairing_id FROM staging.pairings)
    AND (o.pairing_id, o.entity_id) NOT IN (SELECT (pairing_id, entity_id) FROM members)
  UNION ALL
  -- The result indicator an outcome evidences belongs to the same pairing.
  SELECT 'other-pairing', 'outcomes', 'indicator_id', o._src, o._row, o.indicator_id, i.pairing_id, NULL, NULL, NULL, NULL
  FROM staging.outcomes o
  JOIN indicators i ON i.indicator_id = o.indicator_id
  WHERE o.pairing_id IS NOT NULL AND i.pairing_id IS DISTINCT FROM o.pairing_id
  UNION ALL
  -- A qualitative indicator takes no number: its baseline, and its values' targets and actuals.
  SELECT 'invalid-combination', 'result_indicators', 'baseline', r._src, r._row, r.indicator_id, NULL, NULL, NULL, NULL, NULL
  FROM staging.result_indicators r
  WHERE r.measure = 'qualitative' AND r.baseline IS NOT NULL
  UNION ALL
  SELECT 'invalid-combination', 'result_values', c.col, v._src, v._row, v.indicator_id, NULL, NULL, NULL, NULL, NULL
  FROM staging.result_values v
  JOIN indicators i ON i.indicator_id = v.indicator_id
  CROSS JOIN (VALUES ('target'), ('actual')) c(col)
  WHERE i.measure = 'qualitative'
    AND ((c.col = 'target' AND v.target IS NOT NULL) OR (c.col = 'actual' AND v.actual IS NOT NULL))
  UNION ALL
  -- A sum over periods cannot be meant to fall.
  SELECT 'invalid-combination', 'result_indicators', 'direction', r._src, r._row, r.indicator_id, NULL, NULL, NULL, NULL, NULL
  FROM staging.result_indicators r
  WHERE r.accumulation = 'incremental' AND r.direction = 'decrease'
  UNION ALL
  SELECT 'invalid-period', 'result_values', 'period_end', v._src, v._row, v.indicator_id, NULL, NULL, NULL, NULL, NULL
  FROM staging.result_values v
  WHERE v.period_end < v.period_start
  UNION ALL
  -- Periods of one indicator must not overlap (both ends count as in the period): each row
  -- that overlaps an earlier row of the same indicator, naming the first such row.
  SELECT 'overlapping-periods', 'result_values', 'period_start', later._src, later._row, later.indicator_id, NULL,
         arg_min(earlier._src, (earlier._src, earlier._row)), arg_min(earlier._row, (earlier._src, earlier._row)),
         arg_min(earlier.period_start, (earlier._src, earlier._row))::VARCHAR, arg_min(earlier.period_end, (earlier._src, earlier._row))::VARCHAR
  FROM staging.result_values later
  JOIN staging.result_values earlier
    ON earlier.indicator_id = later.indicator_id
   AND (earlier._src, earlier._row) < (later._src, later._row)
   AND earlier.period_start <= later.period_end
   AND later.period_start <= earlier.period_end
  WHERE later.period_end >= later.period_start AND earlier.period_end >= earlier.period_start
  GROUP BY later._src, later._row, later.indicator_id
)
SELECT * FROM problems ORDER BY _src, _row, tbl, col;
