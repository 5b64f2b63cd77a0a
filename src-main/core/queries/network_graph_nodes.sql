-- The entities the Network view draws, up to $limit: the hubs' neighbourhoods, so that what
-- is drawn is connected. Entities are ranked as hubs (largest component first, ties by its
-- smallest entity key, then most pairings, name, entity); each entity is reached either as
-- a hub itself or as a neighbour of an earlier hub, and takes its earliest place: hub 1,
-- hub 1's partners, hub 2, hub 2's partners, and so on. A graph under the limit is drawn
-- whole. Fills network_shown for the links and pairings among them.
CREATE OR REPLACE TEMP TABLE network_shown AS
WITH sizes AS (
  SELECT label, count(*) AS size FROM network_labels GROUP BY label
), degree AS (
  SELECT ek, any_value(entity_id) AS entity_id, any_value(region) AS region, any_value(country) AS country, count(*) AS pairings
  FROM scope_members
  GROUP BY ek
), hubs AS (
  SELECT d.ek, d.entity_id, e.name, d.country, d.region, d.pairings::INTEGER AS pairings, l.label,
         row_number() OVER (ORDER BY s.size DESC, l.label, d.pairings DESC, e.name, d.entity_id) AS hub_rank
  FROM network_labels l
  JOIN sizes s USING (label)
  JOIN degree d USING (ek)
  JOIN entities e ON e.entity_id = d.entity_id
), partners AS (
  SELECT DISTINCT x.ek AS a, y.ek AS b
  FROM scope_members x
  JOIN scope_members y ON y.pk = x.pk AND y.ek <> x.ek
), reached AS (
  SELECT ek, 2 * hub_rank AS place FROM hubs
  UNION ALL
  SELECT p.b, 2 * h.hub_rank + 1 FROM hubs h JOIN partners p ON p.a = h.ek
), first_reached AS (
  SELECT ek, min(place) AS place FROM reached GROUP BY ek
)
SELECT h.ek, h.entity_id, h.name, h.country, h.region, h.pairings, h.label,
       row_number() OVER (ORDER BY f.place, h.pairings DESC, h.name, h.entity_id) AS rank
FROM first_reached f
JOIN hubs h USING (ek)
QUALIFY rank <= $limit;
