-- results.md section 4 in one row (one pass over the indicators in scope): counts by level and
-- status, the on-track share, the median achievement, completeness and progress. Medians and
-- means of rounded achievements are taken in whole tenths, where they are exact, so that a
-- true half rounds away from zero instead of landing a hair below it in binary.
WITH indicators AS (
  SELECT count(*) AS indicators,
         count(*) FILTER (WHERE level = 'output') AS output,
         count(*) FILTER (WHERE level = 'outcome') AS outcome,
         count(*) FILTER (WHERE level = 'impact') AS impact,
         count(*) FILTER (WHERE status = 'on track') AS on_track,
         count(*) FILTER (WHERE status = 'at risk') AS at_risk,
         count(*) FILTER (WHERE status = 'off track') AS off_track,
         count(*) FILTER (WHERE status = 'no actual') AS no_actual,
         count(*) FILTER (WHERE status = 'no target') AS no_target,
         count(*) FILTER (WHERE status = 'no baseline') AS no_baseline,
         count(*) FILTER (WHERE status = 'no change targeted') AS no_change_targeted,
         count(*) FILTER (WHERE status = 'qualitative') AS qualitative,
         median(round(achievement * 10)) AS median_tenths,
         -- Progress: indicators whose achievement as of p* and as of the row before both exist.
         count(*) FILTER (WHERE achievement IS NOT NULL AND previous_achievement IS NOT NULL) AS compared,
         count(*) FILTER (WHERE achievement > previous_achievement) AS improved,
         avg(round(achievement * 10) - round(previous_achievement * 10)) AS mean_change_tenths,
         max(reported_end) AS latest_report
  FROM scope_achievements
), reference AS (
  -- As-of when given, else the latest reporting date: what was due by then.
  SELECT coalesce(d.day, i.latest_report) AS day FROM indicators i, scope_as_of d
), completeness AS (
  SELECT coalesce(sum(c.due), 0) AS due, coalesce(sum(c.reported), 0) AS reported
  FROM pairing_result_due c
  JOIN scope_keys s USING (pk)
  JOIN reference r ON c.period_end <= r.day
)
SELECT i.indicators::INTEGER AS indicators,
       i.output::INTEGER AS output,
       i.outcome::INTEGER AS outcome,
       i.impact::INTEGER AS impact,
       i.on_track::INTEGER AS on_track,
       i.at_risk::INTEGER AS at_risk,
       i.off_track::INTEGER AS off_track,
       i.no_actual::INTEGER AS no_actual,
       i.no_target::INTEGER AS no_target,
       i.no_baseline::INTEGER AS no_baseline,
       i.no_change_targeted::INTEGER AS no_change_targeted,
       i.qualitative::INTEGER AS qualitative,
       CASE WHEN i.on_track + i.at_risk + i.off_track = 0 THEN 0
            ELSE round(i.on_track::DOUBLE / (i.on_track + i.at_risk + i.off_track), 4) END AS on_track_share,
       round(i.median_tenths) / 10 AS median_achievement,
       c.due::INTEGER AS due,
       c.reported::INTEGER AS reported,
       CASE WHEN c.due = 0 THEN 0 ELSE round(c.reported::DOUBLE / c.due, 4) END AS completeness_share,
       i.compared::INTEGER AS compared,
       i.improved::INTEGER AS improved,
       round(i.mean_change_tenths) / 10 AS mean_change_points
FROM indicators i, completeness c;
