-- indicators.md section 6: the components and the largest one, over the labels of
-- network_labels.sql (one row per entity of the scope, labelled by its component).
WITH sizes AS (
  SELECT label, count(*) AS entities FROM network_labels GROUP BY label
)
SELECT count(*)::INTEGER AS components,
       coalesce(max(entities), 0)::INTEGER AS largest_component
FROM sizes;
