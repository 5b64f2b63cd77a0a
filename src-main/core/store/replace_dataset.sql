-- Runs inside the import's transaction: the staged dataset replaces the current one whole,
-- each table in file order. replace-dataset.ts leaves out an ORDER BY whose table is in that
-- order already (staged_order.sql).
DELETE FROM entities;
DELETE FROM pairings;
DELETE FROM members;
DELETE FROM themes;
DELETE FROM stakeholders;
DELETE FROM activities;
DELETE FROM result_indicators;
DELETE FROM result_values;
DELETE FROM outcomes;
INSERT INTO entities BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.entities ORDER BY _src, _row;
INSERT INTO pairings BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.pairings ORDER BY _src, _row;
INSERT INTO members BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.members ORDER BY _src, _row;
INSERT INTO themes BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.themes ORDER BY _src, _row;
INSERT INTO stakeholders BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.stakeholders ORDER BY _src, _row;
INSERT INTO activities BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.activities ORDER BY _src, _row;
INSERT INTO result_indicators BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.result_indicators ORDER BY _src, _row;
INSERT INTO result_values BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.result_values ORDER BY _src, _row;
INSERT INTO outcomes BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.outcomes ORDER BY _src, _row;
