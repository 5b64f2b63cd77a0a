-- When the dataset last changed: each activity's last-updated-datetime.
SELECT strftime(max(imported_at), '%Y-%m-%dT%H:%M:%SZ') AS imported_at FROM imports;
