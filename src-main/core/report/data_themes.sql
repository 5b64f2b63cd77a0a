-- The normalised themes table restricted to the scope (the pairings in scope, their members
-- and their member entities); dates as ISO text.
SELECT t.pairing_id, t.theme, t."primary"
FROM themes t JOIN scope_pairings USING (pairing_id)
ORDER BY t.pairing_id, t.theme;
