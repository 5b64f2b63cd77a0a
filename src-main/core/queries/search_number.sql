-- A number as the tables' search finds it (src-renderer/lib/table-text.ts): as written (135,
-- 67.5) and as printed (two decimals at most, thousands separated: 1,234.5), blank for NULL.
CREATE OR REPLACE TEMP MACRO search_number(x) AS
  CASE WHEN x IS NULL THEN ''
       ELSE concat_ws(chr(1),
                      CASE WHEN x = trunc(x) AND abs(x) < 1e18 THEN x::BIGINT::VARCHAR ELSE x::VARCHAR END,
                      regexp_replace(format('{:,.2f}', round(x, 2)), '\.?0+$', ''))
  END;
