-- The normalised activities table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT a.pairing_id, a.date::VARCHAR AS date, a.type, a.participants, a.description
FROM activities a JOIN scope_pairings USING (pairing_id)
ORDER BY a.pairing_id, a.date NULLS LAST;
