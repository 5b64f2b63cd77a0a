-- Sets one setting, replacing its earlier value.
INSERT OR REPLACE INTO project_settings (key, value) VALUES ($key, $value);
