-- scope_achievements (results_achievements_latest.sql) as of scope_as_of's date: per indicator,
-- p* is its latest reported row ending on or before the date. An achievement as of a row
-- depends only on the rows up to it, so the row's derived figures hold whatever comes after
-- (results.md sections 2-3). As-of never removes an indicator. Searched once per call.
CREATE OR REPLACE TEMP TABLE scope_dated_achievements AS
WITH latest AS (
  SELECT a.ik, arg_max(a, a.period_end) AS row
  FROM pairing_result_achievements a
  JOIN scope_as_of d ON a.period_end <= d.day
  GROUP BY a.ik
)
SELECT st.ik, st.pk, st.ek, st.level, st.quantitative, st.baseline, st.framework_key, st.unit,
       l.row.period_end AS reported_end,
       l.row.actual AS actual,
       l.row.target AS target,
       l.row.achievement AS achievement,
       l.row.previous_achievement AS previous_achievement,
       CASE WHEN NOT st.quantitative THEN 'qualitative' ELSE coalesce(l.row.status, 'no actual') END AS status
FROM pairing_result_states st
JOIN scope_keys s USING (pk)
LEFT JOIN latest l USING (ik);

CREATE OR REPLACE TEMP VIEW scope_achievements AS SELECT * FROM scope_dated_achievements;
