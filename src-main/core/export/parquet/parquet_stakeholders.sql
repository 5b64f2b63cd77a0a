-- The stakeholders rows of the pairings in scope, every column as stored.
-- In the file's order (rowid: the dataset is written by file and row), so a folder read back
-- lists its rows as the project does.
SELECT x.* FROM stakeholders x WHERE x.pairing_id IN (SELECT pairing_id FROM scope_pairings) ORDER BY x.rowid;
