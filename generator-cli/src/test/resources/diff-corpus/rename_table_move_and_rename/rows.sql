SELECT id, message, at AT TIME ZONE 'UTC' FROM archive.old_logs ORDER BY id;
