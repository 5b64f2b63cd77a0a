-- The pairings in scope (indicators/scope_pairings.sql), every column as stored.
-- In the file's order (rowid: the dataset is written by file and row), so a folder read back
-- lists its rows as the project does.
SELECT p.* FROM pairings p WHERE p.pairing_id IN (SELECT pairing_id FROM scope_pairings) ORDER BY p.rowid;
