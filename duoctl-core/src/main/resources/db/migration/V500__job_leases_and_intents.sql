-- Jobs survive a crash. The node that runs a job holds a lease on it (owner_node, renewed until
-- lease_expires_at); a job whose lease ran out is claimed and resumed by another node or the next
-- start. What a resume needs is stored with the job: the configuration, the caller's scope and the
-- confirmation given. Every organization of a job has an intent until its row is stored: PENDING
-- (not started) or IN_FLIGHT (its change may have been sent to Duo), written before the call.
ALTER TABLE action_job ADD COLUMN owner_node VARCHAR(100);
ALTER TABLE action_job ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE action_job ADD COLUMN configuration_name VARCHAR(200);
ALTER TABLE action_job ADD COLUMN caller_scope VARCHAR(16);
ALTER TABLE action_job ADD COLUMN confirmed_count INTEGER;

CREATE INDEX action_job_lease ON action_job (job_state, lease_expires_at);

CREATE TABLE action_job_intent (
  job_id        VARCHAR(36)  NOT NULL REFERENCES action_job (id) ON DELETE CASCADE,
  row_index     INTEGER      NOT NULL,
  organization  VARCHAR(200) NOT NULL,
  intent_state  VARCHAR(16)  NOT NULL,
  PRIMARY KEY (job_id, row_index)
);
