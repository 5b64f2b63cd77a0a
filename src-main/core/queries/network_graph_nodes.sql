-- The entities the Network view draws: whole components, largest first (ties by their
-- smallest entity key), within a component the entities in most pairings first, up to
-- $limit. Fills network_shown for the links and pairings among them.
CREATE OR REPLACE TEMP TABLE network_shown AS
WITH sizes AS (
  SELECT label, count(*) AS size FROM network_labels GROUP BY label
), degree AS (
  SELECT ek, any_value(entity_id) AS entity_id, any_value(region) AS region, any_value(country) AS country, count(*) AS pairings
  FROM scope_members
  GROUP BY ek
)
SELECT d.ek, d.entity_id, e.name, d.country, d.region, d.pairings::INTEGER AS pairings, l.label,
       row_number() OVER (ORDER BY s.size DESC, l.label, d.pairings DESC, e.name, d.entity_id) AS rank
FROM network_labels l
JOIN sizes s USING (label)
JOIN degree d USING (ek)
JOIN entities e ON e.entity_id = d.entity_id
QUALIFY rank <= $limit;
