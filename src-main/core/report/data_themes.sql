-- The normalised themes table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT t.pairing_id, t.theme, t."primary"
FROM themes t JOIN scope_pairings USING (pairing_id)
-- Ties keep the file's order (rowid: the dataset is written by file and row), so a report
-- lists them alike on every run.
ORDER BY t.pairing_id, t.theme, t.rowid;
