-- Totals per results-framework indicator and unit over the quantitative indicators in scope,
-- labelled with the framework_ref as first written in the sheet, whatever the filters
-- (result_framework_refs, derived at import).
SELECT f.framework_ref,
       a.unit,
       count(*)::INTEGER AS indicators,
       count(DISTINCT a.pk)::INTEGER AS pairings,
       -- sum() skips blanks: a blank baseline counts 0, an indicator without A or T adds nothing.
       round(coalesce(sum(a.baseline), 0), 4) AS baseline,
       round(coalesce(sum(a.actual), 0), 4) AS actual,
       round(coalesce(sum(a.target), 0), 4) AS target
FROM scope_achievements a
JOIN result_framework_refs f USING (framework_key)
WHERE a.quantitative
GROUP BY f.framework_ref, a.unit
ORDER BY indicators DESC, f.framework_ref, a.unit;
