-- One pairing as the scope (scope_keys, indicators/scope_keys.sql) over which openResultsScope
-- sets the results tables: its card's indicators and outcomes, as of a date, read as the
-- Results view reads them.
CREATE OR REPLACE TEMP TABLE scope_keys AS
SELECT pk FROM pairing_keys WHERE pairing_id = $id;
