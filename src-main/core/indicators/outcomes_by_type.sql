-- All six change types, zeros included.
WITH types(type) AS (
  VALUES ('policy'), ('practice'), ('investment'), ('relationship'), ('capacity'), ('agenda')
)
SELECT t.type,
       count(o.outcome_id)::INTEGER AS outcomes,
       count(o.outcome_id) FILTER (WHERE o.significance = 'high')::INTEGER AS high
FROM types t
LEFT JOIN scope_outcomes o ON o.change_type = t.type
GROUP BY t.type
ORDER BY outcomes DESC, t.type;
