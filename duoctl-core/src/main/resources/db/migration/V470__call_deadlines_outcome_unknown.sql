-- Each configuration's call deadlines (a background job's and a run someone waits on), a revision
-- that every save bumps so running nodes notice changed settings, and job rows whose outcome at
-- Duo is unknown, counted apart from failed ones.
ALTER TABLE configuration ADD COLUMN call_deadline_ms BIGINT DEFAULT 120000 NOT NULL;
ALTER TABLE configuration ADD COLUMN sync_call_deadline_ms BIGINT DEFAULT 25000 NOT NULL;
ALTER TABLE configuration ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE action_job ADD COLUMN unknown_count INTEGER DEFAULT 0 NOT NULL;
