-- Per-pairing aggregates of the dataset, keyed by an integer per pairing (pk), so that the
-- indicators join and count integers over one row per pairing (or per pairing and thing)
-- instead of regrouping a million stakeholder rows by text id on every call. Derived data:
-- store/derive_pairing_aggregates.sql rebuilds them all in the import's transaction, and
-- migrations.ts runs it after this migration, so a project that already holds a dataset
-- gets them too. Nothing but that file writes them.

-- One row per pairing. The filter fields are kept lower(trim())'d, as the filters match.
CREATE TABLE pairing_keys (
  pk              INTEGER NOT NULL,
  pairing_id      VARCHAR NOT NULL,
  programme       VARCHAR,
  component       VARCHAR,
  status          VARCHAR,
  start_date      DATE,
  end_date        DATE,
  action_plan     VARCHAR,   -- as stored, not lowered
  pilot_projects  INTEGER,
  duration_months BIGINT,    -- date_diff('month', start_date, end_date); null without both
  themes          BIGINT NOT NULL -- distinct themes
);

-- One row per distinct member of a pairing, with what the indicators need of the entity.
-- ek is an integer per entity. joined_during: a GCoM signatory that joined within this
-- pairing's [start_date, end_date] (indicators.md, "GCoM signatories").
CREATE TABLE pairing_members (
  pk               INTEGER NOT NULL,
  ek               INTEGER NOT NULL,
  entity_id        VARCHAR NOT NULL,
  region           VARCHAR NOT NULL,
  country          VARCHAR NOT NULL,
  gcom_signatory   BOOLEAN NOT NULL,
  gcom_action_plan BOOLEAN NOT NULL,
  joined_during    BOOLEAN NOT NULL
);

-- The distinct regions of a pairing's members, as written and lower(trim())'d for the
-- region filter.
CREATE TABLE pairing_regions (
  pk         INTEGER NOT NULL,
  region     VARCHAR NOT NULL,
  region_key VARCHAR NOT NULL
);

-- Per pairing, the distinct unordered pairs (a <= b) of its distinct members' regions
-- (level 'region') and countries (level 'country'): the cells of the flow matrices.
CREATE TABLE pairing_flows (
  pk    INTEGER NOT NULL,
  level VARCHAR NOT NULL,
  a     VARCHAR NOT NULL,
  b     VARCHAR NOT NULL
);

-- A pairing's distinct themes, as written and lower(trim())'d for the theme filter.
CREATE TABLE pairing_themes (
  pk        INTEGER NOT NULL,
  theme     VARCHAR NOT NULL,
  theme_key VARCHAR NOT NULL
);

-- The pairs of distinct themes (a < b) a pairing has: the theme overlap.
CREATE TABLE pairing_theme_pairs (
  pk INTEGER NOT NULL,
  a  VARCHAR NOT NULL,
  b  VARCHAR NOT NULL
);

-- Activities per pairing and type (blank type = 'unspecified'); participants null when
-- every one of them is blank.
CREATE TABLE pairing_activities (
  pk           INTEGER NOT NULL,
  type         VARCHAR NOT NULL,
  activities   BIGINT NOT NULL,
  participants BIGINT
);

-- Stakeholder rows per pairing and helix value.
CREATE TABLE pairing_helices (
  pk            INTEGER NOT NULL,
  helix         VARCHAR NOT NULL,
  organisations BIGINT NOT NULL,
  participants  BIGINT NOT NULL
);

-- Per pairing with stakeholders: organisations and participants, in all and per helix
-- value (null when none), helix values covered, and Pielou's evenness.
CREATE TABLE pairing_stakeholders (
  pk            INTEGER NOT NULL,
  organisations BIGINT NOT NULL,
  participants  DOUBLE NOT NULL,
  helices       BIGINT NOT NULL,
  academia      DOUBLE,
  business      DOUBLE,
  government    DOUBLE,
  civil_society DOUBLE,
  evenness      DOUBLE NOT NULL
);
