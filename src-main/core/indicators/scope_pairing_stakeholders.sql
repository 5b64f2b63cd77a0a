-- Per pairing in scope with stakeholders: organisations and participants, in all and per
-- helix value, helix values covered, and Pielou's evenness of participants across the four
-- helix values, -sum(p ln p) / ln 4 over values with p > 0 (indicators.md, "Stakeholder
-- mix"). A view: computed only by the queries that read it, over the scope they just set.
CREATE OR REPLACE TEMP VIEW scope_pairing_stakeholders AS
WITH per_helix AS (
  SELECT st.pairing_id, st.helix, count(*) AS organisations, sum(st.participants)::DOUBLE AS participants
  FROM stakeholders st JOIN scope_pairings s USING (pairing_id)
  GROUP BY ALL
), per_pairing AS (
  SELECT pairing_id,
         sum(organisations) AS organisations,
         sum(participants) AS participants,
         count(*) AS helices,
         sum(participants) FILTER (WHERE helix = 'academia') AS academia,
         sum(participants) FILTER (WHERE helix = 'business') AS business,
         sum(participants) FILTER (WHERE helix = 'government') AS government,
         sum(participants) FILTER (WHERE helix = 'civil society') AS civil_society
  FROM per_helix GROUP BY pairing_id
), evenness AS (
  SELECT h.pairing_id,
         -- CASE, not FILTER: DuckDB may evaluate ln() on rows a FILTER later drops.
         coalesce(-sum(CASE WHEN h.participants > 0 AND p.participants > 0
                            THEN (h.participants / p.participants) * ln(h.participants / p.participants) END) / ln(4), 0) AS evenness
  FROM per_helix h JOIN per_pairing p USING (pairing_id)
  GROUP BY h.pairing_id
)
SELECT * FROM per_pairing JOIN evenness USING (pairing_id);
