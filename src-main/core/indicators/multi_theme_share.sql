-- Pairings with two or more themes / pairings with at least one theme.
WITH per_pairing AS (
  SELECT t.pairing_id, count(DISTINCT t.theme) AS n
  FROM themes t JOIN scope_pairings s USING (pairing_id)
  GROUP BY t.pairing_id
)
SELECT CASE WHEN count(*) = 0 THEN 0
            ELSE round(count(*) FILTER (WHERE n >= 2)::DOUBLE / count(*), 4) END AS share
FROM per_pairing;
