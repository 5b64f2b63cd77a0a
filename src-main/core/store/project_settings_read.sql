-- The settings whose key starts with $prefix.
SELECT key, value FROM project_settings WHERE starts_with(key, $prefix) ORDER BY key;
