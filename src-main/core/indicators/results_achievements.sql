-- One row per result indicator in scope (as-of never removes one) with its achievement as of
-- p* and as of the previous row with an actual (results.md section 3), computed once per call:
-- the programme figures, the tracking table and its breakdowns all read this table.
CREATE OR REPLACE TEMP TABLE scope_achievements AS
WITH reported AS (
  -- recency 1 is p*, recency 2 the row an achievement is compared with for progress.
  SELECT v.*, row_number() OVER (PARTITION BY v.ik ORDER BY v.period_end DESC) AS recency
  FROM scope_result_values v
  WHERE v.actual IS NOT NULL AND v.quantitative
), as_of_row AS (
  SELECT r.ik, r.recency,
         i.accumulation = 'incremental' AS incremental,
         CASE WHEN i.accumulation = 'incremental' THEN r.actual_to_date ELSE r.actual END AS a,
         CASE WHEN i.accumulation = 'incremental' THEN r.target_to_date ELSE r.target END AS t,
         -- An incremental indicator's blank baseline counts 0; a level one's has no stand-in.
         CASE WHEN i.accumulation = 'incremental' THEN coalesce(i.baseline, 0) ELSE i.baseline END AS b
  FROM reported r
  JOIN pairing_result_indicators i USING (ik)
  WHERE r.recency <= 2
), blocked AS (
  -- The order of the WHENs is the precedence of the statuses ("no actual" has no row here).
  SELECT *,
         CASE WHEN t IS NULL THEN 'no target'
              WHEN b IS NULL THEN 'no baseline'
              WHEN (CASE WHEN incremental THEN t ELSE t - b END) = 0 THEN 'no change targeted'
         END AS blocked
  FROM as_of_row
), achieved AS (
  -- DOUBLE, in the spec's order of operations, so that halves round as the spec's examples do.
  SELECT ik, recency, a, t, blocked,
         CASE WHEN blocked IS NULL
              THEN round(CASE WHEN incremental THEN (100 * a) / t ELSE (100 * (a - b)) / (t - b) END, 1)
         END AS achievement
  FROM blocked
)
SELECT i.ik, i.pk, i.ek, i.indicator_id, i.level,
       i.measure <> 'qualitative' AS quantitative,
       i.baseline, i.framework_key, i.unit, i.sdg_targets,
       cur.a AS actual,
       cur.t AS target,
       cur.achievement,
       prev.achievement AS previous_achievement,
       CASE WHEN i.measure = 'qualitative' THEN 'qualitative'
            WHEN cur.ik IS NULL THEN 'no actual'
            WHEN cur.blocked IS NOT NULL THEN cur.blocked
            WHEN cur.achievement >= 90 THEN 'on track'
            WHEN cur.achievement >= 75 THEN 'at risk'
            ELSE 'off track'
       END AS status
FROM pairing_result_indicators i
JOIN scope_keys s USING (pk)
LEFT JOIN achieved cur ON cur.ik = i.ik AND cur.recency = 1
LEFT JOIN achieved prev ON prev.ik = i.ik AND prev.recency = 2;
