-- Per theme of the pairings (all their themes, as themes[] counts them), the indicators with
-- an achievement. Medians in whole tenths, as in indicators/results_summary.sql.
SELECT t.theme AS "group",
       count(*)::INTEGER AS indicators,
       round(median(round(a.achievement * 10))) / 10 AS median_achievement,
       count(*) FILTER (WHERE a.status = 'on track')::INTEGER AS on_track,
       count(*) FILTER (WHERE a.status = 'at risk')::INTEGER AS at_risk,
       count(*) FILTER (WHERE a.status = 'off track')::INTEGER AS off_track
FROM scope_achievements a
JOIN pairing_themes t USING (pk)
WHERE a.achievement IS NOT NULL
GROUP BY t.theme
ORDER BY indicators DESC, t.theme;
