-- How many times each checkpoint's sink failed, for duoctl_log_export_errors_total: counted in the
-- database, so every node's scrape gives the same monotonic total. Portable across H2 and PostgreSQL.
ALTER TABLE log_export_checkpoint ADD COLUMN errors_total BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX log_export_checkpoint_worst ON log_export_checkpoint (export_name, cursor_at);
