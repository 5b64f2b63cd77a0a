-- Joint action plans, pilot projects and the median pairing duration in whole months
-- (date_diff counts month boundaries crossed).
SELECT count(*) FILTER (WHERE p.action_plan = 'none')::INTEGER AS plans_none,
       count(*) FILTER (WHERE p.action_plan = 'drafting')::INTEGER AS plans_drafting,
       count(*) FILTER (WHERE p.action_plan = 'adopted')::INTEGER AS plans_adopted,
       coalesce(sum(p.pilot_projects), 0)::DOUBLE AS pilot_projects,
       median(date_diff('month', p.start_date, p.end_date))
         FILTER (WHERE p.start_date IS NOT NULL AND p.end_date IS NOT NULL)::DOUBLE AS median_duration_months
FROM pairings p
JOIN scope_pairings s USING (pairing_id);
