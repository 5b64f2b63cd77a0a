-- The values of the result indicators of the pairings in scope, up to the as-of date when one
-- is given (results.md section 2: period_end on or before it), every column as stored.
-- In the file's order (rowid: the dataset is written by file and row), so a folder read back
-- lists its rows as the project does.
-- COLUMNS(c -> c <> 'rowid'): every column, and no rowid column where a folder opened as views
-- has one (read-parquet.ts).
SELECT COLUMNS(c -> c <> 'rowid') FROM result_values v
WHERE v.indicator_id IN (SELECT r.indicator_id FROM result_indicators r JOIN scope_pairings USING (pairing_id))
  AND ($as_of IS NULL OR v.period_end <= $as_of)
ORDER BY v.rowid;
