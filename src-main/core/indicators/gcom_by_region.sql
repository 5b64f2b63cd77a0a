-- Every region with at least one entity in scope, regions without signatories included.
WITH scoped AS (
  SELECT ek, any_value(region) AS region, any_value(gcom_signatory) AS signatory
  FROM scope_members
  GROUP BY ek
)
SELECT region,
       count(*)::INTEGER AS entities,
       count(*) FILTER (WHERE signatory)::INTEGER AS signatories,
       round(count(*) FILTER (WHERE signatory)::DOUBLE / count(*), 4) AS share
FROM scoped
GROUP BY region
ORDER BY entities DESC, region;
