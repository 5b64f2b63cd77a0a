-- Totals per results-framework indicator and unit over the quantitative indicators in scope.
-- The label is the framework_ref as first written in the sheet, whatever the filters:
-- result_indicators is filled in file order (replace_dataset.sql), and DuckDB keeps rowid
-- in insertion order, also when a checkpoint compacts the table.
WITH spelling AS (
  SELECT lower(trim(framework_ref)) AS framework_key, arg_min(trim(framework_ref), rowid) AS framework_ref
  FROM result_indicators
  WHERE framework_ref IS NOT NULL
  GROUP BY ALL
)
SELECT sp.framework_ref,
       a.unit,
       count(*)::INTEGER AS indicators,
       count(DISTINCT a.pk)::INTEGER AS pairings,
       -- sum() skips blanks: a blank baseline counts 0, an indicator without A or T adds nothing.
       round(coalesce(sum(a.baseline), 0), 4) AS baseline,
       round(coalesce(sum(a.actual), 0), 4) AS actual,
       round(coalesce(sum(a.target), 0), 4) AS target
FROM scope_achievements a
JOIN spelling sp USING (framework_key)
WHERE a.quantitative
GROUP BY sp.framework_ref, a.framework_key, a.unit
ORDER BY indicators DESC, sp.framework_ref, a.unit;
