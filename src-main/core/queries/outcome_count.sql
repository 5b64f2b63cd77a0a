-- How many rows outcome_page.sql pages through.
SELECT count(*)::DOUBLE AS n
FROM outcome_list
WHERE $search = '' OR contains(haystack, $search);
