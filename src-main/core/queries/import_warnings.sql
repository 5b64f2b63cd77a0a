SELECT import_id, code, file, sheet, row_number, column_name, message, message_key, message_args
FROM import_warnings
ORDER BY import_id, rowid;
