SELECT import_id, strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ') AS imported_at, warnings
FROM imports
ORDER BY import_id DESC;
