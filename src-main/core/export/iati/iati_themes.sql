-- The themes of the pairings in scope (the DAC sectors come from them).
SELECT t.pairing_id, t.theme
FROM themes t JOIN scope_pairings USING (pairing_id)
ORDER BY t.pairing_id, t.rowid;
