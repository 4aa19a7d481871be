-- The organizations a fan-out job over a tag or every organization left out (not mapped, mapping
-- stale, own keys missing) and why, so a finished job still names them.
CREATE TABLE action_job_skipped (
  job_id            VARCHAR(36)   NOT NULL REFERENCES action_job (id) ON DELETE CASCADE,
  position          INTEGER       NOT NULL,
  organization_id   VARCHAR(200)  NOT NULL,
  organization_name VARCHAR(200)  NOT NULL,
  reason            VARCHAR(4000) NOT NULL,
  PRIMARY KEY (job_id, position)
);
