-- One flat row per pairing in scope (scope_pairings must exist), for the Pairings table.
CREATE OR REPLACE TEMP TABLE pairing_rows AS
WITH m AS (
  SELECT m.pairing_id,
         string_agg(e.name, '; ' ORDER BY m.side NULLS LAST, e.name) AS members,
         string_agg(DISTINCT e.country, '; ' ORDER BY e.country) AS countries,
         string_agg(DISTINCT e.region, '; ' ORDER BY e.region) AS regions
  FROM members m
  JOIN scope_pairings USING (pairing_id)
  JOIN entities e USING (entity_id)
  GROUP BY m.pairing_id
), t AS (
  SELECT t.pairing_id, string_agg(t.theme, '; ' ORDER BY t."primary" DESC, t.theme) AS themes
  FROM themes t JOIN scope_pairings USING (pairing_id)
  GROUP BY t.pairing_id
), s AS (
  SELECT st.pairing_id, count(*) AS stakeholders, sum(st.participants) AS participants
  FROM stakeholders st JOIN scope_pairings USING (pairing_id)
  GROUP BY st.pairing_id
), a AS (
  SELECT ac.pairing_id, count(*) AS activities
  FROM activities ac JOIN scope_pairings USING (pairing_id)
  GROUP BY ac.pairing_id
)
SELECT p.pairing_id, p.title, p.programme, p.component, p.status,
       p.start_date::VARCHAR AS start_date, p.end_date::VARCHAR AS end_date,
       coalesce(m.members, '') AS members,
       coalesce(m.countries, '') AS countries,
       coalesce(m.regions, '') AS regions,
       coalesce(t.themes, '') AS themes,
       coalesce(s.stakeholders, 0)::INTEGER AS stakeholders,
       coalesce(s.participants, 0)::INTEGER AS participants,
       coalesce(a.activities, 0)::INTEGER AS activities,
       lower(concat_ws(' ', p.pairing_id, p.title, p.programme, p.component, p.status,
                       m.members, m.countries, m.regions, t.themes)) AS haystack
FROM pairings p
JOIN scope_pairings USING (pairing_id)
LEFT JOIN m USING (pairing_id)
LEFT JOIN t USING (pairing_id)
LEFT JOIN s USING (pairing_id)
LEFT JOIN a USING (pairing_id);
