-- Result indicators, their values per reporting period, and harvested outcomes
-- (results.md section 1). Optional sheets: a dataset without them has these tables empty.
-- Checked by the importer before anything is written, like the rest of the dataset.
CREATE TABLE result_indicators (
  indicator_id  VARCHAR NOT NULL,
  pairing_id    VARCHAR NOT NULL,
  entity_id     VARCHAR,            -- the member measured; null = the pairing as a whole
  level         VARCHAR NOT NULL,   -- output, outcome, impact
  title         VARCHAR NOT NULL,
  unit          VARCHAR,
  measure       VARCHAR NOT NULL,   -- number, percentage, qualitative
  direction     VARCHAR NOT NULL,   -- increase, decrease
  accumulation  VARCHAR NOT NULL,   -- level, incremental
  baseline      DOUBLE,
  baseline_date DATE,
  framework_ref VARCHAR,
  sdg_targets   VARCHAR             -- target codes, '; '-separated, in the order written
);

CREATE TABLE result_values (
  indicator_id VARCHAR NOT NULL,
  period_start DATE NOT NULL,
  period_end   DATE NOT NULL,
  target       DOUBLE,
  actual       DOUBLE,
  comment      VARCHAR
);

CREATE TABLE outcomes (
  outcome_id     VARCHAR NOT NULL,
  pairing_id     VARCHAR NOT NULL,
  entity_id      VARCHAR NOT NULL,
  date           DATE NOT NULL,
  description    VARCHAR NOT NULL,
  change_type    VARCHAR NOT NULL,
  actor_helix    VARCHAR,
  significance   VARCHAR,
  contribution   VARCHAR,
  evidence       VARCHAR,
  substantiation VARCHAR NOT NULL,
  amount_eur     DOUBLE,
  sdg_targets    VARCHAR,
  indicator_id   VARCHAR
);

-- Derived (store/derive_pairing_aggregates.sql), keyed by the pairing's pk and the member's
-- ek of 0002, so the results and outcomes queries join integers on the scope like the rest.
-- ik: an integer per result indicator.
CREATE TABLE pairing_result_indicators (
  ik            INTEGER NOT NULL,
  pk            INTEGER NOT NULL,
  ek            INTEGER,
  indicator_id  VARCHAR NOT NULL,
  level         VARCHAR NOT NULL,
  measure       VARCHAR NOT NULL,
  direction     VARCHAR NOT NULL,
  accumulation  VARCHAR NOT NULL,
  baseline      DOUBLE,
  framework_key VARCHAR,   -- lower(trim(framework_ref)): totals group by it
  unit          VARCHAR NOT NULL, -- trim(unit), blank = ''
  sdg_targets   VARCHAR[] NOT NULL
);

CREATE TABLE pairing_result_values (
  ik           INTEGER NOT NULL,
  period_start DATE NOT NULL,
  period_end   DATE NOT NULL,
  target       DOUBLE,
  actual       DOUBLE
);

CREATE TABLE pairing_outcomes (
  pk             INTEGER NOT NULL,
  ek             INTEGER NOT NULL,
  outcome_id     VARCHAR NOT NULL,
  date           DATE NOT NULL,
  change_type    VARCHAR NOT NULL,
  actor_helix    VARCHAR,
  significance   VARCHAR,
  substantiation VARCHAR NOT NULL,
  amount_eur     DOUBLE,
  sdg_targets    VARCHAR[] NOT NULL
);
