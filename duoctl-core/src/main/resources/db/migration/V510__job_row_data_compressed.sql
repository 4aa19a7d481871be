-- A row's data is stored whole, as its JSON deflated (zlib), instead of as text clipped at
-- 900,000 characters. Rows stored before keep their text in result_data and stay readable.
ALTER TABLE action_job_row ADD COLUMN result_deflated BYTEA;
