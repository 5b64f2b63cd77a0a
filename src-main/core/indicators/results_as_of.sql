-- The as-of date of this call (results.md section 2; NULL: none), set once with the scope so
-- that every results and outcomes query over it, the reports' included, applies the same one.
CREATE OR REPLACE TEMP TABLE scope_as_of AS SELECT $as_of::DATE AS day;
