-- Counts over the per-pairing aggregates: organisations, participants and activities are
-- sums of the pairings' own totals; distinct counts run over one row per pairing and thing.
SELECT
  (SELECT count(*) FROM scope_pairings)::INTEGER AS pairings,
  (SELECT count(DISTINCT ek) FROM scope_members)::INTEGER AS entities,
  (SELECT count(DISTINCT country) FROM scope_members)::INTEGER AS countries,
  (SELECT count(DISTINCT region) FROM scope_members)::INTEGER AS regions,
  (SELECT count(DISTINCT t.theme) FROM pairing_themes t JOIN scope_pairings s USING (pk))::INTEGER AS themes,
  (SELECT coalesce(sum(ps.organisations), 0) FROM pairing_stakeholders ps JOIN scope_pairings s USING (pk))::INTEGER AS organisations,
  (SELECT coalesce(sum(ps.participants), 0) FROM pairing_stakeholders ps JOIN scope_pairings s USING (pk))::DOUBLE AS participants,
  (SELECT coalesce(sum(a.activities), 0) FROM pairing_activities a JOIN scope_pairings s USING (pk))::INTEGER AS activities;
