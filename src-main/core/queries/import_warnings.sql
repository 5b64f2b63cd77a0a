SELECT import_id, code, file, sheet, row_number, column_name, message
FROM import_warnings
ORDER BY import_id, rowid;
