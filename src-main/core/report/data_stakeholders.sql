-- The normalised stakeholders table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT s.pairing_id, s.entity_id, s.organisation, s.helix, s.participants
FROM stakeholders s JOIN scope_pairings USING (pairing_id)
-- Ties keep the file's order (rowid: the dataset is written by file and row), so a report
-- lists them alike on every run.
ORDER BY s.pairing_id, s.organisation, s.rowid;
