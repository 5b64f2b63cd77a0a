-- The import that produced the current dataset (the newest), and its files, rows and warnings.
SELECT * FROM imports WHERE import_id = (SELECT max(import_id) FROM imports);
