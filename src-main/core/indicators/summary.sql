SELECT
  (SELECT count(*) FROM scope_pairings)::INTEGER AS pairings,
  (SELECT count(DISTINCT entity_id) FROM scope_members)::INTEGER AS entities,
  (SELECT count(DISTINCT country) FROM scope_members)::INTEGER AS countries,
  (SELECT count(DISTINCT region) FROM scope_members)::INTEGER AS regions,
  (SELECT count(DISTINCT t.theme) FROM themes t JOIN scope_pairings s USING (pairing_id))::INTEGER AS themes,
  (SELECT count(*) FROM stakeholders t JOIN scope_pairings s USING (pairing_id))::INTEGER AS organisations,
  (SELECT coalesce(sum(t.participants), 0) FROM stakeholders t JOIN scope_pairings s USING (pairing_id))::DOUBLE AS participants,
  (SELECT count(*) FROM activities t JOIN scope_pairings s USING (pairing_id))::INTEGER AS activities;
