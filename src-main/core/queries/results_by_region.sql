-- Per region, the indicators with an achievement measured there: the measured member's region,
-- or for an indicator of the pairing as a whole each distinct region of its members.
WITH placed AS (
  SELECT a.ik, m.region
  FROM scope_achievements a
  JOIN pairing_members m ON m.pk = a.pk AND m.ek = a.ek
  WHERE a.achievement IS NOT NULL
  UNION
  SELECT a.ik, r.region
  FROM scope_achievements a
  JOIN pairing_regions r ON r.pk = a.pk
  WHERE a.achievement IS NOT NULL AND a.ek IS NULL
)
SELECT p.region AS "group",
       count(*)::INTEGER AS indicators,
       round(median(round(a.achievement * 10))) / 10 AS median_achievement,
       count(*) FILTER (WHERE a.status = 'on track')::INTEGER AS on_track,
       count(*) FILTER (WHERE a.status = 'at risk')::INTEGER AS at_risk,
       count(*) FILTER (WHERE a.status = 'off track')::INTEGER AS off_track
FROM placed p
JOIN scope_achievements a USING (ik)
GROUP BY p.region
ORDER BY indicators DESC, p.region;
