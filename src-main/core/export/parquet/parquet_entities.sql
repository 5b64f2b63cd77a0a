-- The entities the pairings in scope refer to: their members and their stakeholders' hosts.
-- In the file's order (rowid: the dataset is written by file and row), so a folder read back
-- lists its rows as the project does.
-- COLUMNS(c -> c <> 'rowid'): every column, and no rowid column where a folder opened as views
-- has one (read-parquet.ts).
SELECT COLUMNS(c -> c <> 'rowid') FROM entities e
WHERE e.entity_id IN (SELECT entity_id FROM scope_members)
   OR e.entity_id IN (SELECT s.entity_id FROM stakeholders s JOIN scope_pairings USING (pairing_id) WHERE s.entity_id IS NOT NULL)
ORDER BY e.rowid;
