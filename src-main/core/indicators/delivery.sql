-- Joint action plans, pilot projects and the median pairing duration in whole months
-- (date_diff counts month boundaries crossed; pairing_keys holds it, null without both dates).
SELECT count(*) FILTER (WHERE k.action_plan = 'none')::INTEGER AS plans_none,
       count(*) FILTER (WHERE k.action_plan = 'drafting')::INTEGER AS plans_drafting,
       count(*) FILTER (WHERE k.action_plan = 'adopted')::INTEGER AS plans_adopted,
       coalesce(sum(k.pilot_projects), 0)::DOUBLE AS pilot_projects,
       median(k.duration_months)::DOUBLE AS median_duration_months
FROM pairing_keys k
JOIN scope_keys s USING (pk);
