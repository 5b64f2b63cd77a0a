-- The files of the import that produced the current dataset, with the rows each gave.
SELECT f.file_index, f.file_name, f.sha256, f.bytes, strftime(i.imported_at, '%Y-%m-%d %H:%M:%S') AS imported_at,
       coalesce((SELECT string_agg(r.table_name || ' ' || r.row_count, ', ' ORDER BY r.table_name)
                 FROM import_rows r WHERE r.import_id = f.import_id AND r.file_index = f.file_index), '') AS rows
FROM import_files f
JOIN imports i USING (import_id)
WHERE f.import_id = (SELECT max(import_id) FROM imports)
ORDER BY f.file_index;
