-- A Parquet file of a folder without provenance, recorded as a file of the import it stands for.
INSERT INTO import_files VALUES (1, $1, $2, $3, $4);
