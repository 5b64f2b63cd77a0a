-- results.md section 5 in one row, the counts by change type and actor helix included. The
-- outcomes in scope are read once, grouped by what the figures split them by (at most a few
-- hundred groups), and the figures are summed from those groups. Reciprocity and the two-way
-- share look at every member of a pairing with outcomes, a member without any counting 0:
-- whether learning went both ways.
WITH groups AS (
  SELECT change_type, actor_helix, significance = 'high' AS high, substantiation,
         count(*) AS outcomes, sum(amount_eur) AS amount_eur
  FROM scope_outcomes
  GROUP BY ALL
), totals AS (
  SELECT coalesce(sum(outcomes), 0) AS outcomes,
         coalesce(sum(outcomes) FILTER (WHERE substantiation = 'substantiated'), 0) AS substantiated,
         coalesce(sum(outcomes) FILTER (WHERE substantiation = 'disputed'), 0) AS disputed,
         round(coalesce(sum(amount_eur), 0), 2) AS investment_eur,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'policy'), 0) AS policy,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'policy' AND high), 0) AS policy_high,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'practice'), 0) AS practice,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'practice' AND high), 0) AS practice_high,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'investment'), 0) AS investment,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'investment' AND high), 0) AS investment_high,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'relationship'), 0) AS relationship,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'relationship' AND high), 0) AS relationship_high,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'capacity'), 0) AS capacity,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'capacity' AND high), 0) AS capacity_high,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'agenda'), 0) AS agenda,
         coalesce(sum(outcomes) FILTER (WHERE change_type = 'agenda' AND high), 0) AS agenda_high,
         coalesce(sum(outcomes) FILTER (WHERE actor_helix = 'academia'), 0) AS academia,
         coalesce(sum(outcomes) FILTER (WHERE actor_helix = 'business'), 0) AS business,
         coalesce(sum(outcomes) FILTER (WHERE actor_helix = 'government'), 0) AS government,
         coalesce(sum(outcomes) FILTER (WHERE actor_helix = 'civil society'), 0) AS civil_society
  FROM groups
), per_member AS (
  SELECT pk, ek, count(*) AS outcomes FROM scope_outcomes GROUP BY pk, ek
), per_pairing AS (
  SELECT pk, count(*) AS members_with, min(outcomes) AS fewest_with, max(outcomes) AS most
  FROM per_member
  GROUP BY pk
), members AS (
  SELECT m.pk, count(*) AS members
  FROM pairing_members m
  JOIN per_pairing p USING (pk)
  GROUP BY m.pk
), reciprocity AS (
  -- A pairing some member of which has no outcome has a fewest of 0.
  SELECT count(*) AS pairings,
         count(*) FILTER (WHERE p.members_with = m.members) AS two_way,
         round(avg(CASE WHEN p.members_with = m.members THEN p.fewest_with ELSE 0 END::DOUBLE / p.most), 4) AS mean_reciprocity
  FROM per_pairing p
  JOIN members m USING (pk)
), in_scope AS (
  SELECT count(*) AS pairings FROM scope_keys
)
SELECT t.* EXCLUDE (substantiated, investment_eur),
       r.pairings AS pairings_with_outcomes,
       CASE WHEN s.pairings = 0 THEN 0 ELSE round(r.pairings::DOUBLE / s.pairings, 4) END AS pairings_with_outcomes_share,
       CASE WHEN r.pairings = 0 THEN 0 ELSE round(r.two_way::DOUBLE / r.pairings, 4) END AS two_way_share,
       r.mean_reciprocity,
       CASE WHEN t.outcomes = 0 THEN 0 ELSE round(t.substantiated::DOUBLE / t.outcomes, 4) END AS substantiated_share,
       t.investment_eur::DOUBLE AS investment_eur
FROM totals t, reciprocity r, in_scope s;
