-- Counts over the per-pairing aggregates: organisations, participants and activities are
-- sums of the pairings' own totals; entities, their countries and regions come from the
-- distinct entities in scope (scope_entities), one row each.
WITH entities AS (
  SELECT count(*) AS entities, count(DISTINCT country) AS countries, count(DISTINCT region) AS regions
  FROM scope_entities
), stakeholders AS (
  SELECT coalesce(sum(ps.organisations), 0) AS organisations, coalesce(sum(ps.participants), 0) AS participants
  FROM pairing_stakeholders ps JOIN scope_keys s USING (pk)
)
SELECT
  (SELECT count(*) FROM scope_keys)::INTEGER AS pairings,
  entities.entities::INTEGER AS entities,
  entities.countries::INTEGER AS countries,
  entities.regions::INTEGER AS regions,
  (SELECT count(DISTINCT t.theme) FROM pairing_themes t JOIN scope_keys s USING (pk))::INTEGER AS themes,
  stakeholders.organisations::INTEGER AS organisations,
  stakeholders.participants::DOUBLE AS participants,
  (SELECT coalesce(sum(a.activities), 0) FROM pairing_activities a JOIN scope_keys s USING (pk))::INTEGER AS activities
FROM entities, stakeholders;
