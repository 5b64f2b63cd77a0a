-- The files the current dataset was imported from (the newest import), with its time.
SELECT f.file_index, f.file_name, f.sha256, f.bytes, strftime(i.imported_at, '%Y-%m-%dT%H:%M:%SZ') AS imported_at
FROM import_files f
JOIN imports i USING (import_id)
WHERE f.import_id = (SELECT max(import_id) FROM imports)
ORDER BY f.file_index;
