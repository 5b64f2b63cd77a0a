-- What the results and outcomes indicators (results.md sections 3-5) would otherwise recompute
-- on every call, derived once at import by store/derive_pairing_aggregates.sql like the other
-- aggregates. An achievement as of a row depends only on that row and the rows before it, so
-- it is kept per reported row; "as of" a date then only picks, per indicator, the latest
-- reported row on or before it, and without a date each indicator's state is read as it is.

-- One row per reported row (a value with an actual) of a quantitative indicator: the row as p*.
CREATE TABLE pairing_result_achievements (
  ik                   INTEGER NOT NULL,
  period_end           DATE NOT NULL,
  actual               DOUBLE NOT NULL,  -- A as of this row
  target               DOUBLE,           -- T as of this row; null: no target
  achievement          DOUBLE,           -- rounded to 1 decimal; null unless on, at or off track
  status               VARCHAR NOT NULL, -- the status as of this row (never 'no actual' or 'qualitative')
  previous_achievement DOUBLE            -- as of the previous reported row; null when none or not computable
);

-- One row per result indicator: what the results queries read of it, and its state as of its
-- latest reported row (the figures without an as-of date). reported_end and the figures are
-- null without a reported row.
CREATE TABLE pairing_result_states (
  ik                   INTEGER NOT NULL,
  pk                   INTEGER NOT NULL,
  ek                   INTEGER,
  level                VARCHAR NOT NULL,
  quantitative         BOOLEAN NOT NULL,
  baseline             DOUBLE,
  framework_key        VARCHAR,
  unit                 VARCHAR NOT NULL,
  reported_end         DATE,
  actual               DOUBLE,
  target               DOUBLE,
  achievement          DOUBLE,
  previous_achievement DOUBLE,
  status               VARCHAR NOT NULL
);

-- Per pairing and period end: the values of its quantitative indicators with a target, and
-- those of them with an actual (results.md section 4, completeness: due and reported by a date).
CREATE TABLE pairing_result_due (
  pk         INTEGER NOT NULL,
  period_end DATE NOT NULL,
  due        BIGINT NOT NULL,
  reported   BIGINT NOT NULL
);

-- Per pairing and SDG target it names: its result indicators naming the target, and the day
-- of its first outcome naming it (null: none). A pairing counts for a target as of a day when
-- either names it by then, whatever the filters: pairings are counted without a DISTINCT.
CREATE TABLE pairing_sdg_targets (
  pk            INTEGER NOT NULL,
  target        VARCHAR NOT NULL,
  indicators    BIGINT NOT NULL,
  first_outcome DATE
);

-- Per pairing, SDG target and day: its outcomes naming the target (days, for as-of).
CREATE TABLE pairing_sdg_outcomes (
  pk       INTEGER NOT NULL,
  target   VARCHAR NOT NULL,
  date     DATE NOT NULL,
  outcomes BIGINT NOT NULL
);

-- Each framework_ref as compared (lower(trim())) and as first written in the sheet: the label
-- of its totals whatever the filters.
CREATE TABLE result_framework_refs (
  framework_key VARCHAR NOT NULL,
  framework_ref VARCHAR NOT NULL
);
