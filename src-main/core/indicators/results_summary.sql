-- results.md section 4 in one row: counts by status, the on-track share, the median
-- achievement, completeness and progress. Medians and means of rounded achievements are
-- taken in whole tenths, where they are exact, so that a true half rounds away from zero
-- instead of landing a hair below it in binary.
WITH statuses AS (
  SELECT count(*) AS indicators,
         count(*) FILTER (WHERE status = 'on track') AS on_track,
         count(*) FILTER (WHERE status = 'at risk') AS at_risk,
         count(*) FILTER (WHERE status = 'off track') AS off_track,
         count(*) FILTER (WHERE status = 'no actual') AS no_actual,
         count(*) FILTER (WHERE status = 'no target') AS no_target,
         count(*) FILTER (WHERE status = 'no baseline') AS no_baseline,
         count(*) FILTER (WHERE status = 'no change targeted') AS no_change_targeted,
         count(*) FILTER (WHERE status = 'qualitative') AS qualitative,
         median(round(achievement * 10)) AS median_tenths
  FROM scope_achievements
), progress AS (
  SELECT count(*) AS compared,
         count(*) FILTER (WHERE achievement > previous_achievement) AS improved,
         avg(round(achievement * 10) - round(previous_achievement * 10)) AS mean_change_tenths
  FROM scope_achievements
  WHERE achievement IS NOT NULL AND previous_achievement IS NOT NULL
), reference AS (
  -- As-of when given, else the latest reporting date: what was due by then.
  SELECT coalesce($as_of, (SELECT max(period_end) FROM scope_result_values WHERE quantitative AND actual IS NOT NULL)) AS day
), completeness AS (
  SELECT count(*) FILTER (WHERE v.target IS NOT NULL AND v.period_end <= r.day) AS due,
         count(*) FILTER (WHERE v.target IS NOT NULL AND v.period_end <= r.day AND v.actual IS NOT NULL) AS reported
  FROM scope_result_values v, reference r
  WHERE v.quantitative
)
SELECT s.indicators::INTEGER AS indicators,
       s.on_track::INTEGER AS on_track,
       s.at_risk::INTEGER AS at_risk,
       s.off_track::INTEGER AS off_track,
       s.no_actual::INTEGER AS no_actual,
       s.no_target::INTEGER AS no_target,
       s.no_baseline::INTEGER AS no_baseline,
       s.no_change_targeted::INTEGER AS no_change_targeted,
       s.qualitative::INTEGER AS qualitative,
       CASE WHEN s.on_track + s.at_risk + s.off_track = 0 THEN 0
            ELSE round(s.on_track::DOUBLE / (s.on_track + s.at_risk + s.off_track), 4) END AS on_track_share,
       round(s.median_tenths) / 10 AS median_achievement,
       c.due::INTEGER AS due,
       c.reported::INTEGER AS reported,
       CASE WHEN c.due = 0 THEN 0 ELSE round(c.reported::DOUBLE / c.due, 4) END AS completeness_share,
       p.compared::INTEGER AS compared,
       p.improved::INTEGER AS improved,
       round(p.mean_change_tenths) / 10 AS mean_change_points
FROM statuses s, progress p, completeness c;
