-- One page of outcome_list.sql: the rows holding $search (lowercased; '' for all) in the
-- order result-pages.ts writes from whitelisted columns (ties by outcome_id).
SELECT * EXCLUDE (day, haystack)
FROM outcome_list
WHERE $search = '' OR contains(haystack, $search)
ORDER BY {{order}}
LIMIT $limit OFFSET $offset;
