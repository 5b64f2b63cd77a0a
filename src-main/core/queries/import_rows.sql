SELECT r.import_id, coalesce(f.file_name, '') AS file_name, r.table_name, r.row_count::DOUBLE AS row_count
FROM import_rows r
LEFT JOIN import_files f ON f.import_id = r.import_id AND f.file_index = r.file_index
ORDER BY r.import_id, r.file_index, r.table_name;
