-- The imports the folders were exported from, as one: the newest time, every warning.
INSERT INTO imports
SELECT 1, coalesce(max(imported_at), now()::TIMESTAMP), (SELECT count(*) FROM import_warnings)::INTEGER
FROM parquet_imports;
