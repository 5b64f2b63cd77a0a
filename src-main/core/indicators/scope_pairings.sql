-- The pairings in scope (indicators.md, "Scope"). Filter values arrive lower-cased and
-- trimmed; an empty list means the filter is not applied.
CREATE OR REPLACE TEMP TABLE scope_pairings AS
SELECT DISTINCT p.pairing_id
FROM pairings p
WHERE (len($programme) = 0 OR list_contains($programme, lower(trim(p.programme))))
  AND (len($component) = 0 OR list_contains($component, lower(trim(p.component))))
  AND (len($status) = 0 OR list_contains($status, lower(trim(p.status))))
  AND (len($theme) = 0 OR EXISTS (
        SELECT 1 FROM themes t
        WHERE t.pairing_id = p.pairing_id AND list_contains($theme, lower(trim(t.theme)))))
  AND (len($region) = 0 OR EXISTS (
        SELECT 1 FROM members m JOIN entities e ON e.entity_id = m.entity_id
        WHERE m.pairing_id = p.pairing_id AND list_contains($region, lower(trim(e.region)))))
  AND ($from IS NULL OR p.start_date >= $from)
  AND ($to IS NULL OR p.start_date <= $to);
