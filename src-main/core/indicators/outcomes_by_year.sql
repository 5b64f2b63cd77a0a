-- Years with outcomes, in calendar order (results.md section 5: not by count).
SELECT year(date)::INTEGER AS year, count(*)::INTEGER AS outcomes
FROM scope_outcomes
GROUP BY ALL
ORDER BY year;
