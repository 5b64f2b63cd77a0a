-- One row per pairing in scope: its members, themes, stakeholder mix (helix participants,
-- helices covered, Pielou's evenness: indicators/scope_pairings.sql) and delivery.
WITH names AS (
  SELECT sm.pairing_id,
         string_agg(e.name, ' – ' ORDER BY m.side NULLS LAST, e.name) AS members,
         string_agg(DISTINCT e.region, ', ' ORDER BY e.region) AS regions
  FROM scope_members sm
  JOIN entities e ON e.entity_id = sm.entity_id
  JOIN members m ON m.pairing_id = sm.pairing_id AND m.entity_id = sm.entity_id
  GROUP BY sm.pairing_id
), theme_list AS (
  SELECT t.pairing_id, string_agg(DISTINCT t.theme, '; ' ORDER BY t.theme) AS themes, count(DISTINCT t.theme)::INTEGER AS theme_count
  FROM themes t JOIN scope_pairings s USING (pairing_id)
  GROUP BY t.pairing_id
), acts AS (
  SELECT a.pairing_id, count(*)::INTEGER AS activities, coalesce(sum(a.participants), 0)::INTEGER AS activity_participants
  FROM activities a JOIN scope_pairings s USING (pairing_id)
  GROUP BY a.pairing_id
)
SELECT p.pairing_id,
       p.title,
       p.programme,
       p.component,
       p.status,
       p.start_date::VARCHAR AS start_date,
       p.end_date::VARCHAR AS end_date,
       CASE WHEN p.start_date IS NOT NULL AND p.end_date IS NOT NULL
            THEN date_diff('month', p.start_date, p.end_date)::INTEGER END AS duration_months,
       n.members,
       n.regions,
       tl.themes,
       coalesce(tl.theme_count, 0) AS theme_count,
       coalesce(pp.organisations, 0)::INTEGER AS organisations,
       coalesce(pp.participants, 0)::INTEGER AS participants,
       coalesce(pp.academia, 0)::INTEGER AS academia,
       coalesce(pp.business, 0)::INTEGER AS business,
       coalesce(pp.government, 0)::INTEGER AS government,
       coalesce(pp.civil_society, 0)::INTEGER AS civil_society,
       coalesce(pp.helices, 0)::INTEGER AS helices,
       round(coalesce(pp.helices, 0) / 4.0, 4)::DOUBLE AS helix_coverage,
       round(pp.evenness, 4)::DOUBLE AS evenness,
       coalesce(pp.helices, 0) = 4 AS all_four_helices,
       p.action_plan,
       p.pilot_projects,
       coalesce(ac.activities, 0) AS activities,
       coalesce(ac.activity_participants, 0) AS activity_participants
FROM pairings p
JOIN scope_pairings s USING (pairing_id)
LEFT JOIN scope_pairing_stakeholders pp USING (pairing_id)
LEFT JOIN names n USING (pairing_id)
LEFT JOIN theme_list tl USING (pairing_id)
LEFT JOIN acts ac USING (pairing_id)
ORDER BY p.pairing_id;
