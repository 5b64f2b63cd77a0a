-- One row per result indicator in scope with its state as of its latest reported row
-- (results.md section 3, derived at import in pairing_result_states): the programme figures,
-- the tracking table and its breakdowns all read this. A view: the state is already there.
CREATE OR REPLACE TEMP VIEW scope_achievements AS
SELECT st.*
FROM pairing_result_states st
JOIN scope_keys s USING (pk);
