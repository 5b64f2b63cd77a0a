-- How many rows reciprocity_page.sql pages through.
SELECT count(*)::DOUBLE AS n
FROM reciprocity_rows
WHERE $search = '' OR contains(haystack, $search);
