-- Every row of outcome_list.sql by date, then outcome_id: the reports' outcome list and a
-- pairing card's outcomes.
SELECT * EXCLUDE (day, haystack)
FROM outcome_list
ORDER BY day, outcome_id;
