-- What the user set once for a project and expects it to remember (the IATI export's
-- reporting organisation, for one): not part of the dataset, so an import never replaces it.
CREATE TABLE project_settings (
  key   VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
