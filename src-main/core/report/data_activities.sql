-- The normalised activities table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT a.pairing_id, a.date::VARCHAR AS date, a.type, a.participants, a.description
FROM activities a JOIN scope_pairings USING (pairing_id)
-- Ties keep the file's order (rowid: the dataset is written by file and row), so a report
-- lists them alike on every run.
ORDER BY a.pairing_id, a.date NULLS LAST, a.rowid;
