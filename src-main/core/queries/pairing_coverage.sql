-- Per pairing in scope: helix values covered and Pielou's evenness of participants across
-- the four helix values (indicators.md, "Stakeholder mix"); 0 and 0 without stakeholders.
SELECT s.pairing_id, p.title,
       coalesce(ps.helices, 0)::INTEGER AS helices,
       round(coalesce(ps.evenness, 0), 4) AS evenness,
       coalesce(ps.participants, 0)::DOUBLE AS participants
FROM scope_pairings s
JOIN pairings p USING (pairing_id)
LEFT JOIN scope_pairing_stakeholders ps USING (pairing_id)
ORDER BY s.pairing_id;
