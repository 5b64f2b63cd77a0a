-- results_achievements_latest.sql when the scope holds every pairing (scope_is_whole.sql):
-- the same rows without the join with scope_keys.
CREATE OR REPLACE TEMP VIEW scope_achievements AS
SELECT st.*
FROM pairing_result_states st;
