SELECT import_id, file_index, file_name, sha256, bytes::DOUBLE AS bytes
FROM import_files
ORDER BY import_id, file_index;
