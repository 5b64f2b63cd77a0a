-- The rows each file of the newest import gave, per table.
SELECT file_index, table_name, row_count::DOUBLE AS row_count
FROM import_rows
WHERE import_id = (SELECT max(import_id) FROM imports)
ORDER BY file_index, table_name;
