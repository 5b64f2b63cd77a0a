-- The pairings in scope (indicators.md, "Scope"), as their integer keys: every query over the
-- scope joins on pk. Filter values arrive lower-cased and trimmed, as pairing_keys,
-- pairing_themes and pairing_regions hold them; an empty list means the filter is not applied.
CREATE OR REPLACE TEMP TABLE scope_keys AS
SELECT k.pk
FROM pairing_keys k
WHERE (len($programme) = 0 OR list_contains($programme, k.programme))
  AND (len($component) = 0 OR list_contains($component, k.component))
  AND (len($status) = 0 OR list_contains($status, k.status))
  AND (len($theme) = 0 OR k.pk IN (SELECT t.pk FROM pairing_themes t WHERE list_contains($theme, t.theme_key)))
  AND (len($region) = 0 OR k.pk IN (SELECT r.pk FROM pairing_regions r WHERE list_contains($region, r.region_key)))
  AND ($from IS NULL OR k.start_date >= $from)
  AND ($to IS NULL OR k.start_date <= $to);
