-- Per pairing with outcomes in scope (scope_outcomes): each member's outcomes, a member
-- without any counting 0, and the fewest / the most: the rows behind twoWayShare and
-- meanReciprocity (indicators/outcomes_summary.sql sums the same counts). Members in the
-- order the workbook lists them: the members table's insertion order (rowid). `per_member`,
-- `members_with` and `haystack` are what the Outcomes view shows, sorts and searches
-- (search_number.sql must exist). A table: counted and paged from in the same call.
CREATE OR REPLACE TEMP TABLE reciprocity_rows AS
WITH per_member AS (
  SELECT pk, ek, count(*) AS outcomes FROM scope_outcomes GROUP BY pk, ek
), with_outcomes AS (
  SELECT DISTINCT pk FROM per_member
), listed AS (
  SELECT m.pairing_id, m.entity_id, min(m.rowid) AS position
  FROM members m
  JOIN pairing_keys k USING (pairing_id)
  JOIN with_outcomes USING (pk)
  GROUP BY ALL
), counted AS (
  SELECT w.pk, k.pairing_id, m.entity_id, e.name, coalesce(c.outcomes, 0)::INTEGER AS outcomes, l.position
  FROM with_outcomes w
  JOIN pairing_keys k USING (pk)
  JOIN pairing_members m ON m.pk = w.pk
  JOIN entities e ON e.entity_id = m.entity_id
  LEFT JOIN listed l ON l.pairing_id = k.pairing_id AND l.entity_id = m.entity_id
  LEFT JOIN per_member c ON c.pk = m.pk AND c.ek = m.ek
), per_pairing AS (
  -- list_sort, not an ordered list(): several times faster. Structs sort by their fields in
  -- order, so by the workbook's position first.
  SELECT c.pairing_id, p.title,
         list_sort(list({'position': c.position, 'entity_id': c.entity_id, 'name': c.name, 'outcomes': c.outcomes})) AS members,
         count(*) FILTER (WHERE c.outcomes > 0)::INTEGER AS members_with,
         count(*)::INTEGER AS member_count,
         min(c.outcomes)::DOUBLE / max(c.outcomes) AS reciprocity,
         bool_and(c.outcomes > 0) AS two_way
  FROM counted c
  JOIN pairings p ON p.pairing_id = c.pairing_id
  GROUP BY c.pairing_id, p.title
), shown AS (
  SELECT *, array_to_string(list_transform(members, m -> m.name || ' ' || m.outcomes), ' · ') AS per_member
  FROM per_pairing
)
SELECT *,
       -- The view's cells: reciprocity with the four decimals it shows, two-way as yes or no.
       lower(concat_ws(chr(1), pairing_id, title, per_member, members_with || ' of ' || member_count,
                       search_number(round(reciprocity, 4)), CASE WHEN two_way THEN 'yes' ELSE 'no' END)) AS haystack
FROM shown;
