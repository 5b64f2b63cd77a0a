-- results.md section 5 in one row. Reciprocity and the two-way share look at every member of
-- a pairing with outcomes, a member without any counting 0: whether learning went both ways.
WITH scoped_pairings AS (
  SELECT DISTINCT pk FROM scope_outcomes
), per_member AS (
  SELECT m.pk, m.ek, count(o.outcome_id) AS outcomes
  FROM pairing_members m
  JOIN scoped_pairings p USING (pk)
  LEFT JOIN scope_outcomes o ON o.pk = m.pk AND o.ek = m.ek
  GROUP BY m.pk, m.ek
), per_pairing AS (
  SELECT pk, min(outcomes) AS fewest, max(outcomes) AS most FROM per_member GROUP BY pk
), reciprocity AS (
  SELECT count(*) AS pairings,
         count(*) FILTER (WHERE fewest > 0) AS two_way,
         round(avg(fewest::DOUBLE / most), 4) AS mean_reciprocity
  FROM per_pairing
), totals AS (
  SELECT count(*) AS outcomes,
         count(*) FILTER (WHERE substantiation = 'substantiated') AS substantiated,
         count(*) FILTER (WHERE substantiation = 'disputed') AS disputed,
         round(coalesce(sum(amount_eur), 0), 2) AS investment_eur
  FROM scope_outcomes
), in_scope AS (
  SELECT count(*) AS pairings FROM scope_keys
)
SELECT t.outcomes::INTEGER AS outcomes,
       r.pairings::INTEGER AS pairings_with_outcomes,
       CASE WHEN s.pairings = 0 THEN 0 ELSE round(r.pairings::DOUBLE / s.pairings, 4) END AS pairings_with_outcomes_share,
       CASE WHEN r.pairings = 0 THEN 0 ELSE round(r.two_way::DOUBLE / r.pairings, 4) END AS two_way_share,
       r.mean_reciprocity,
       CASE WHEN t.outcomes = 0 THEN 0 ELSE round(t.substantiated::DOUBLE / t.outcomes, 4) END AS substantiated_share,
       t.disputed::INTEGER AS disputed,
       t.investment_eur::DOUBLE AS investment_eur
FROM totals t, reciprocity r, in_scope s;
