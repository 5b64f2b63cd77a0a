-- An import warning's catalogue key and its ICU arguments (JSON), so the app and the
-- reports say it in the user's language; `message` stays its English text. Null on the
-- warnings of imports made before: those are shown in English, as written then.
ALTER TABLE import_warnings ADD COLUMN message_key VARCHAR;
ALTER TABLE import_warnings ADD COLUMN message_args VARCHAR;
