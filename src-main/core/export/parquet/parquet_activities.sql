-- The activities rows of the pairings in scope, every column as stored.
-- In the file's order (rowid: the dataset is written by file and row), so a folder read back
-- lists its rows as the project does.
-- COLUMNS(c -> c <> 'rowid'): every column, and no rowid column where a folder opened as views
-- has one (read-parquet.ts).
SELECT COLUMNS(c -> c <> 'rowid') FROM activities x WHERE x.pairing_id IN (SELECT pairing_id FROM scope_pairings) ORDER BY x.rowid;
