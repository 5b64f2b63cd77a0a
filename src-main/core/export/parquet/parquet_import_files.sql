-- The import_files of the import that produced the current dataset (the newest), in their order.
SELECT x.* FROM import_files x WHERE x.import_id = (SELECT max(import_id) FROM imports) ORDER BY x.rowid;
