-- Rebuilds the per-pairing aggregates (schema/0002_pairing_aggregates.sql) from the dataset.
-- Runs inside the import's transaction right after replace_dataset.sql, so the dataset and
-- its aggregates are replaced together or not at all; and after migrating a project.
-- Each definition mirrors indicators.md; the indicators only sum and count these rows.
DELETE FROM pairing_keys;
DELETE FROM pairing_members;
DELETE FROM pairing_links;
DELETE FROM pairing_regions;
DELETE FROM pairing_flows;
DELETE FROM pairing_themes;
DELETE FROM pairing_theme_pairs;
DELETE FROM pairing_activities;
DELETE FROM pairing_helices;
DELETE FROM pairing_stakeholders;
DELETE FROM pairing_result_indicators;
DELETE FROM pairing_result_values;
DELETE FROM pairing_outcomes;
DELETE FROM pairing_result_achievements;
DELETE FROM pairing_result_states;
DELETE FROM pairing_result_due;
DELETE FROM pairing_sdg_targets;
DELETE FROM pairing_sdg_outcomes;
DELETE FROM result_framework_refs;

INSERT INTO pairing_keys
WITH theme_counts AS (
  SELECT pairing_id, count(DISTINCT theme) AS themes FROM themes GROUP BY pairing_id
)
SELECT row_number() OVER (ORDER BY p.pairing_id)::INTEGER AS pk,
       p.pairing_id,
       lower(trim(p.programme)),
       lower(trim(p.component)),
       lower(trim(p.status)),
       p.start_date,
       p.end_date,
       p.action_plan,
       p.pilot_projects,
       date_diff('month', p.start_date, p.end_date),
       coalesce(tc.themes, 0)
FROM pairings p
LEFT JOIN theme_counts tc USING (pairing_id);

-- DISTINCT: a member listed twice in a pairing is one member of it. The pairs are made
-- distinct before the joins (ids are unique, so each pair gives one row either way): two
-- short ids are hashed rather than every column of the joined row.
INSERT INTO pairing_members
WITH entity_keys AS (
  SELECT row_number() OVER (ORDER BY entity_id)::INTEGER AS ek, entity_id, region, country, gcom_signatory, gcom_action_plan, gcom_joined FROM entities
), pairs AS (
  SELECT DISTINCT pairing_id, entity_id FROM members
)
SELECT k.pk, e.ek, e.entity_id, e.region, e.country, e.gcom_signatory, e.gcom_action_plan,
       e.gcom_signatory AND e.gcom_joined IS NOT NULL AND k.start_date IS NOT NULL
         AND e.gcom_joined >= k.start_date
         AND (k.end_date IS NULL OR e.gcom_joined <= k.end_date)
FROM pairs m
JOIN pairing_keys k ON k.pairing_id = m.pairing_id
JOIN entity_keys e ON e.entity_id = m.entity_id;

-- The map's partner links (schema/0007): map_links.sql's rule on the member rows, which keep
-- each listing's side (a member listed twice may have two), then one row per pairing and pair.
INSERT INTO pairing_links
WITH sides AS (
  SELECT DISTINCT k.pk, pm.ek, m.side
  FROM members m
  JOIN pairing_keys k ON k.pairing_id = m.pairing_id
  JOIN pairing_members pm ON pm.pk = k.pk AND pm.entity_id = m.entity_id
)
SELECT DISTINCT x.pk, x.ek, y.ek
FROM sides x
JOIN sides y ON y.pk = x.pk AND x.ek < y.ek
WHERE x.side IS NULL OR y.side IS NULL OR x.side <> y.side;

INSERT INTO pairing_regions
SELECT DISTINCT pk, region, lower(trim(region)) FROM pairing_members;

-- Pairs of distinct members of one pairing: a region (country) pair is a cell the pairing
-- counts once in, however many member pairs fall in it; a = b needs two members there.
INSERT INTO pairing_flows
WITH pairs AS (
  SELECT x.pk,
         least(x.region, y.region) AS region_a, greatest(x.region, y.region) AS region_b,
         least(x.country, y.country) AS country_a, greatest(x.country, y.country) AS country_b
  FROM pairing_members x
  JOIN pairing_members y ON y.pk = x.pk AND x.ek < y.ek
)
SELECT DISTINCT pk, 'region', region_a, region_b FROM pairs
UNION ALL
SELECT DISTINCT pk, 'country', country_a, country_b FROM pairs;

INSERT INTO pairing_themes
SELECT pk, theme, lower(trim(theme))
FROM (SELECT DISTINCT k.pk, t.theme FROM themes t JOIN pairing_keys k ON k.pairing_id = t.pairing_id);

INSERT INTO pairing_theme_pairs
SELECT x.pk, x.theme, y.theme
FROM pairing_themes x
JOIN pairing_themes y ON y.pk = x.pk AND x.theme < y.theme;

INSERT INTO pairing_activities
SELECT k.pk, coalesce(a.type, 'unspecified') AS type, count(*), sum(a.participants)
FROM activities a
JOIN pairing_keys k ON k.pairing_id = a.pairing_id
GROUP BY k.pk, coalesce(a.type, 'unspecified');

INSERT INTO pairing_helices
SELECT k.pk, st.helix, count(*), sum(st.participants)
FROM stakeholders st
JOIN pairing_keys k ON k.pairing_id = st.pairing_id
GROUP BY k.pk, st.helix;

-- Pielou's evenness of participants across the four helix values, -sum(p ln p) / ln 4 over
-- values with p > 0 (indicators.md, "Stakeholder mix").
INSERT INTO pairing_stakeholders
WITH per_helix AS (
  SELECT pk, helix, organisations, participants::DOUBLE AS participants FROM pairing_helices
), per_pairing AS (
  SELECT pk,
         sum(organisations) AS organisations,
         sum(participants) AS participants,
         count(*) AS helices,
         sum(participants) FILTER (WHERE helix = 'academia') AS academia,
         sum(participants) FILTER (WHERE helix = 'business') AS business,
         sum(participants) FILTER (WHERE helix = 'government') AS government,
         sum(participants) FILTER (WHERE helix = 'civil society') AS civil_society
  FROM per_helix GROUP BY pk
), evenness AS (
  SELECT h.pk,
         -- CASE, not FILTER: DuckDB may evaluate ln() on rows a FILTER later drops.
         coalesce(-sum(CASE WHEN h.participants > 0 AND p.participants > 0
                            THEN (h.participants / p.participants) * ln(h.participants / p.participants) END) / ln(4), 0) AS evenness
  FROM per_helix h JOIN per_pairing p USING (pk)
  GROUP BY h.pk
)
SELECT pk, organisations, participants, helices, academia, business, government, civil_society, evenness
FROM per_pairing JOIN evenness USING (pk);

-- Result indicators and outcomes with integer keys (schema/0003_results.sql). The measured
-- member's ek comes from pairing_members: the importer has checked it is a member. The ids
-- are numbered alone and joined back by rowid: numbering the whole rows sorted every column
-- with them (half the statement's time at L).
INSERT INTO pairing_result_indicators
WITH numbered AS (
  SELECT rowid AS id, row_number() OVER (ORDER BY indicator_id)::INTEGER AS ik FROM result_indicators
)
SELECT n.ik,
       k.pk, m.ek, r.indicator_id, r.level, r.measure, r.direction, r.accumulation, r.baseline,
       lower(trim(r.framework_ref)),
       coalesce(trim(r.unit), ''),
       CASE WHEN r.sdg_targets IS NULL THEN []::VARCHAR[] ELSE string_split(r.sdg_targets, '; ') END
FROM result_indicators r
JOIN numbered n ON n.id = r.rowid
JOIN pairing_keys k ON k.pairing_id = r.pairing_id
LEFT JOIN pairing_members m ON m.pk = k.pk AND m.entity_id = r.entity_id;

INSERT INTO pairing_result_values
SELECT i.ik, v.period_start, v.period_end, v.target, v.actual
FROM result_values v
JOIN pairing_result_indicators i ON i.indicator_id = v.indicator_id;

INSERT INTO pairing_outcomes
SELECT k.pk, m.ek, o.outcome_id, o.date, o.change_type, o.actor_helix, o.significance, o.substantiation, o.amount_eur,
       CASE WHEN o.sdg_targets IS NULL THEN []::VARCHAR[] ELSE string_split(o.sdg_targets, '; ') END
FROM outcomes o
JOIN pairing_keys k ON k.pairing_id = o.pairing_id
JOIN pairing_members m ON m.pk = k.pk AND m.entity_id = o.entity_id;

-- results.md section 3, per reported row of a quantitative indicator (schema/0004): the row as
-- p*. Incremental A and T are the running sums over the rows ending on or before it; the
-- achievement is evaluated in DOUBLE in the spec's order, so that halves round as it says.
-- period_end is unique per indicator (the importer rejects overlapping periods).
INSERT INTO pairing_result_achievements
WITH running AS (
  SELECT v.ik, v.period_end, v.actual,
         i.accumulation = 'incremental' AS incremental,
         CASE WHEN i.accumulation = 'incremental' THEN sum(v.actual) OVER w ELSE v.actual END AS a,
         CASE WHEN i.accumulation = 'incremental' THEN sum(v.target) OVER w ELSE v.target END AS t,
         -- An incremental indicator's blank baseline counts 0; a level one's has no stand-in.
         CASE WHEN i.accumulation = 'incremental' THEN coalesce(i.baseline, 0) ELSE i.baseline END AS b
  FROM pairing_result_values v
  JOIN pairing_result_indicators i USING (ik)
  WHERE i.measure <> 'qualitative'
  WINDOW w AS (PARTITION BY v.ik ORDER BY v.period_end ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
), blocked AS (
  -- The order of the WHENs is the precedence of the statuses ('no actual' has no row here).
  SELECT *,
         CASE WHEN t IS NULL THEN 'no target'
              WHEN b IS NULL THEN 'no baseline'
              WHEN (CASE WHEN incremental THEN t ELSE t - b END) = 0 THEN 'no change targeted'
         END AS blocked
  FROM running
  WHERE actual IS NOT NULL
), achieved AS (
  SELECT *,
         CASE WHEN blocked IS NULL
              THEN round(CASE WHEN incremental THEN (100 * a) / t ELSE (100 * (a - b)) / (t - b) END, 1)
         END AS achievement
  FROM blocked
)
SELECT ik, period_end, a, t, achievement,
       CASE WHEN blocked IS NOT NULL THEN blocked
            WHEN achievement >= 90 THEN 'on track'
            WHEN achievement >= 75 THEN 'at risk'
            ELSE 'off track'
       END,
       lag(achievement) OVER (PARTITION BY ik ORDER BY period_end)
FROM achieved;

-- Each indicator as of its latest reported row (p*); without one: 'no actual', or 'qualitative'.
-- The latest row by arg_max in one aggregate (period_end is unique per indicator), not the
-- latest day joined back to the rows.
INSERT INTO pairing_result_states
WITH latest AS (
  SELECT ik, arg_max(a, a.period_end) AS a FROM pairing_result_achievements a GROUP BY ik
)
SELECT i.ik, i.pk, i.ek, i.level, i.measure <> 'qualitative', i.baseline, i.framework_key, i.unit,
       l.a.period_end, l.a.actual, l.a.target, l.a.achievement, l.a.previous_achievement,
       CASE WHEN i.measure = 'qualitative' THEN 'qualitative' ELSE coalesce(l.a.status, 'no actual') END
FROM pairing_result_indicators i
LEFT JOIN latest l USING (ik);

INSERT INTO pairing_result_due
SELECT i.pk, v.period_end, count(*), count(v.actual)
FROM pairing_result_values v
JOIN pairing_result_indicators i USING (ik)
WHERE i.measure <> 'qualitative' AND v.target IS NOT NULL
GROUP BY i.pk, v.period_end;

-- The importer keeps each indicator's and outcome's codes distinct: a row counts once per code.
INSERT INTO pairing_sdg_outcomes
SELECT pk, target, date, count(*)
FROM (SELECT pk, date, unnest(sdg_targets) AS target FROM pairing_outcomes)
GROUP BY ALL;

INSERT INTO pairing_sdg_targets
WITH indicators AS (
  SELECT pk, target, count(*) AS indicators
  FROM (SELECT pk, unnest(sdg_targets) AS target FROM pairing_result_indicators)
  GROUP BY ALL
), outcomes AS (
  SELECT pk, target, min(date) AS first_outcome FROM pairing_sdg_outcomes GROUP BY ALL
)
SELECT pk, target, coalesce(i.indicators, 0), o.first_outcome
FROM indicators i
FULL JOIN outcomes o USING (pk, target);

-- First written = lowest rowid: replace_dataset.sql inserts the rows in file order, and DuckDB
-- keeps rowids in insertion order (a checkpoint may renumber them, never reorder them).
INSERT INTO result_framework_refs
SELECT lower(trim(framework_ref)), arg_min(trim(framework_ref), rowid)
FROM result_indicators
WHERE framework_ref IS NOT NULL
GROUP BY ALL;
