-- One page of outcome_reciprocity.sql's rows holding $search (lowercased; '' for all), in the
-- order result-pages.ts writes from whitelisted columns (ties by pairing_id).
SELECT * EXCLUDE (haystack)
FROM reciprocity_rows
WHERE $search = '' OR contains(haystack, $search)
ORDER BY {{order}}
LIMIT $limit OFFSET $offset;
