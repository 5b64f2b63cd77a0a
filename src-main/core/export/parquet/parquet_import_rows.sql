-- The import_rows of the import that produced the current dataset (the newest), in their order.
-- COLUMNS(c -> c <> 'rowid'): every column, and no rowid column where a folder opened as views
-- has one (read-parquet.ts).
SELECT COLUMNS(c -> c <> 'rowid') FROM import_rows x WHERE x.import_id = (SELECT max(import_id) FROM imports) ORDER BY x.rowid;
