SELECT code, file, sheet, row_number, column_name, message, message_key, message_args
FROM import_warnings
WHERE import_id = (SELECT max(import_id) FROM imports)
ORDER BY rowid;
