-- Runs inside the import's transaction: the staged dataset replaces the current one whole.
DELETE FROM entities;
DELETE FROM pairings;
DELETE FROM members;
DELETE FROM themes;
DELETE FROM stakeholders;
DELETE FROM activities;
INSERT INTO entities BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.entities ORDER BY _src, _row;
INSERT INTO pairings BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.pairings ORDER BY _src, _row;
INSERT INTO members BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.members ORDER BY _src, _row;
INSERT INTO themes BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.themes ORDER BY _src, _row;
INSERT INTO stakeholders BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.stakeholders ORDER BY _src, _row;
INSERT INTO activities BY NAME SELECT * EXCLUDE (_src, _row) FROM staging.activities ORDER BY _src, _row;
