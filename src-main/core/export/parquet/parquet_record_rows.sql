-- The rows that file gives its table (from the file's own metadata: no scan).
INSERT INTO import_rows SELECT 1, $1, $2, count(*) FROM read_parquet($3);
