-- How many rows tracking_page.sql pages through.
SELECT count(*)::DOUBLE AS n
FROM tracking_rows
WHERE ($search = '' OR contains(haystack, $search))
  AND ($level IS NULL OR (level = $level AND status = $status));
