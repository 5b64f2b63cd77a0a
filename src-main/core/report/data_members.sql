-- The normalised members table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT m.pairing_id, m.entity_id, m.side
FROM members m JOIN scope_pairings USING (pairing_id)
-- Ties keep the file's order (rowid: the dataset is written by file and row), so a report
-- lists them alike on every run.
ORDER BY m.pairing_id, m.entity_id, m.rowid;
