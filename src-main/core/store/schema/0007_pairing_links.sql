-- The partner links of each pairing by integer keys, so that the map's per-change query
-- (queries/map_scope.sql) joins the scope with integers instead of re-deriving the links
-- from the members' text ids and sides on every filter change. Derived at import by
-- store/derive_pairing_aggregates.sql; a project made before this table is derived again by
-- the migration (store/migrations.ts rebuilds every derived table after the last one).

-- One row per pairing and pair of its members linked on the map (map_links.sql's rule): two
-- members on different sides, or either side unknown. a < b by ek, which orders entities by
-- entity_id as map_links.sql orders them. A member listed twice with two sides is linked to
-- any member whose side differs from either of its rows.
CREATE TABLE pairing_links (
  pk INTEGER NOT NULL,
  a  INTEGER NOT NULL,
  b  INTEGER NOT NULL
);
