-- The scope's temp objects, made once per connection and refilled for each set of filters
-- (scope_keys.sql, scope_entities.sql): a kept connection's prepared queries stay valid,
-- where dropping and making them again would have every query planned anew.

-- The pairings in scope, as their integer keys: every query over the scope joins on pk.
CREATE TEMP TABLE IF NOT EXISTS scope_keys (pk INTEGER NOT NULL);

-- The distinct entities of the pairings in scope, once: several indicators count them.
-- joined: a GCoM signatory that joined during at least one of its pairings in scope.
CREATE TEMP TABLE IF NOT EXISTS scope_entities (
  ek               INTEGER NOT NULL,
  region           VARCHAR,
  country          VARCHAR,
  gcom_signatory   BOOLEAN,
  gcom_action_plan BOOLEAN,
  joined           BOOLEAN
);

-- The pairings in scope with their ids, for the queries that read the dataset's own tables.
-- A view, so that the indicators, which need only pk, do not pay for copying the ids.
CREATE TEMP VIEW IF NOT EXISTS scope_pairings AS
SELECT s.pk, k.pairing_id FROM scope_keys s JOIN pairing_keys k USING (pk);

-- Per pairing in scope with stakeholders: organisations and participants, in all and per
-- helix value, helix values covered, and Pielou's evenness (pairing_stakeholders, derived at
-- import).
CREATE TEMP VIEW IF NOT EXISTS scope_pairing_stakeholders AS
SELECT s.pairing_id, ps.pk, ps.organisations, ps.participants, ps.helices,
       ps.academia, ps.business, ps.government, ps.civil_society, ps.evenness
FROM pairing_stakeholders ps
JOIN scope_pairings s USING (pk);

-- Every distinct member of every pairing in scope, whatever its own region (nothing copied).
CREATE TEMP VIEW IF NOT EXISTS scope_members AS
SELECT s.pairing_id, m.entity_id, m.country, m.region, m.pk, m.ek
FROM pairing_members m
JOIN scope_pairings s USING (pk);
