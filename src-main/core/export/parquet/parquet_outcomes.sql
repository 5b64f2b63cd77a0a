-- The outcomes of the pairings in scope, observed on or before the as-of date when one is
-- given, every column as stored.
-- In the file's order (rowid: the dataset is written by file and row), so a folder read back
-- lists its rows as the project does.
-- COLUMNS(c -> c <> 'rowid'): every column, and no rowid column where a folder opened as views
-- has one (read-parquet.ts).
SELECT COLUMNS(c -> c <> 'rowid') FROM outcomes o
WHERE o.pairing_id IN (SELECT pairing_id FROM scope_pairings)
  AND ($as_of IS NULL OR o.date <= $as_of)
ORDER BY o.rowid;
