-- Whether the scope holds every pairing: then a join with scope_keys keeps every row of a
-- table keyed by the pairings' pk, and the statements that read most rows skip it (about a
-- third of their time at L). Both statements that make scope_keys (scope_keys.sql and
-- queries/pairing_scope.sql) select distinct pks from pairing_keys, so equal counts mean
-- equal sets.
SELECT (SELECT count(*) FROM scope_keys) = (SELECT count(*) FROM pairing_keys) AS whole;
