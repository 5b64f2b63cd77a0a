-- The indicator tracking table of the reports: every result indicator in scope with its
-- figures to date (tracking_rows.sql), the member as a reader names it, by pairing then
-- indicator id. No small line: a sheet or a page has no room for one.
SELECT t.indicator_id, t.pairing_id, t.pairing_title, t.entity_id, t.entity_name,
       CASE WHEN t.entity_id IS NULL THEN 'whole pairing' ELSE coalesce(t.entity_name, t.entity_id) END AS member,
       t.level, t.title, t.unit, t.measure, t.direction, t.accumulation, t.baseline,
       t.target, t.actual, t.achievement, t.status, t.framework_ref, t.sdg_targets
FROM tracking_rows t
-- pk and ik are numbered in pairing_id and indicator_id order: the same order, by integers.
ORDER BY t.pk, t.ik;
