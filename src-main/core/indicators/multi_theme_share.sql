-- Pairings with two or more themes / pairings with at least one theme.
SELECT CASE WHEN count(*) = 0 THEN 0
            ELSE round(count(*) FILTER (WHERE k.themes >= 2)::DOUBLE / count(*), 4) END AS share
FROM pairing_keys k
JOIN scope_keys s USING (pk)
WHERE k.themes >= 1;
