-- The normalised programme (data-model.md). Uniqueness and references are checked by the
-- importer before anything is written, so no key constraints slow the atomic replace.
CREATE TABLE entities (
  entity_id        VARCHAR NOT NULL,
  name             VARCHAR NOT NULL,
  country          VARCHAR NOT NULL,   -- ISO 3166-1 alpha-2
  kind             VARCHAR NOT NULL,
  region           VARCHAR NOT NULL,   -- programme region, given or derived from country
  population       BIGINT,
  latitude         DOUBLE,
  longitude        DOUBLE,
  gcom_signatory   BOOLEAN NOT NULL,
  gcom_joined      DATE,
  gcom_action_plan BOOLEAN NOT NULL
);

CREATE TABLE pairings (
  pairing_id     VARCHAR NOT NULL,
  title          VARCHAR,
  programme      VARCHAR,
  component      VARCHAR NOT NULL,
  start_date     DATE,
  end_date       DATE,
  status         VARCHAR,
  action_plan    VARCHAR,
  pilot_projects INTEGER
);

CREATE TABLE members (
  pairing_id VARCHAR NOT NULL,
  entity_id  VARCHAR NOT NULL,
  side       VARCHAR
);

CREATE TABLE themes (
  pairing_id VARCHAR NOT NULL,
  theme      VARCHAR NOT NULL,
  "primary"  BOOLEAN NOT NULL
);

CREATE TABLE stakeholders (
  pairing_id   VARCHAR NOT NULL,
  entity_id    VARCHAR,
  organisation VARCHAR NOT NULL,
  helix        VARCHAR NOT NULL,
  participants INTEGER NOT NULL
);

CREATE TABLE activities (
  pairing_id   VARCHAR NOT NULL,
  date         DATE,
  type         VARCHAR,
  participants INTEGER,
  description  VARCHAR
);

-- Provenance: one row per import, one per file of it; the newest import is the dataset.
CREATE TABLE imports (
  import_id   INTEGER NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  warnings    INTEGER NOT NULL
);

CREATE TABLE import_files (
  import_id  INTEGER NOT NULL,
  file_index INTEGER NOT NULL,
  file_name  VARCHAR NOT NULL,
  sha256     VARCHAR NOT NULL,
  bytes      BIGINT NOT NULL
);

CREATE TABLE import_rows (
  import_id  INTEGER NOT NULL,
  file_index INTEGER NOT NULL,
  table_name VARCHAR NOT NULL,
  row_count  BIGINT NOT NULL
);

CREATE TABLE import_warnings (
  import_id   INTEGER NOT NULL,
  code        VARCHAR NOT NULL,
  file        VARCHAR NOT NULL,
  sheet       VARCHAR,
  row_number  INTEGER,
  column_name VARCHAR,
  message     VARCHAR NOT NULL
);
