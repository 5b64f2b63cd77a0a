-- Every region with at least one entity in scope, regions without signatories included.
SELECT region,
       count(*)::INTEGER AS entities,
       count(*) FILTER (WHERE gcom_signatory)::INTEGER AS signatories,
       round(count(*) FILTER (WHERE gcom_signatory)::DOUBLE / count(*), 4) AS share
FROM scope_entities
GROUP BY region
ORDER BY entities DESC, region;
