-- Workflow runs and the record of every step, written before the step starts and when it ends, so
-- a run resumes from its last finished step after a crash or on another node. The definitions the
-- run started with (the workflow and every workflow it calls, as YAML by name) are kept with it, so
-- a resume follows the same steps. Inputs and outputs are stored with secrets redacted; a run's
-- node holds a lease on it like a fan-out job's.
CREATE TABLE workflow_run (
  id                 VARCHAR(36)     NOT NULL PRIMARY KEY,
  workflow           VARCHAR(100)    NOT NULL,
  workflow_version   INTEGER         NOT NULL,
  definitions        VARCHAR(1000000) NOT NULL,
  trigger_kind       VARCHAR(16)     NOT NULL,
  trigger_detail     VARCHAR(200)    NOT NULL,
  actor              VARCHAR(200)    NOT NULL,
  caller_scope       VARCHAR(16)     NOT NULL,
  dry_run            BOOLEAN         NOT NULL,
  confirmed          BOOLEAN         NOT NULL,
  configuration_name VARCHAR(200),
  inputs             VARCHAR(100000) NOT NULL,
  secret_inputs      BOOLEAN         NOT NULL,
  outputs            VARCHAR(1000000),
  run_state          VARCHAR(16)     NOT NULL,
  error_message      VARCHAR(4000),
  changed_count      INTEGER         DEFAULT 0 NOT NULL,
  unchanged_count    INTEGER         DEFAULT 0 NOT NULL,
  failed_count       INTEGER         DEFAULT 0 NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at        TIMESTAMP WITH TIME ZONE,
  owner_node         VARCHAR(100),
  lease_expires_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX workflow_run_created ON workflow_run (created_at);
CREATE INDEX workflow_run_name ON workflow_run (workflow, created_at);
CREATE INDEX workflow_run_lease ON workflow_run (run_state, lease_expires_at);

CREATE TABLE workflow_step_run (
  run_id            VARCHAR(36)     NOT NULL REFERENCES workflow_run (id) ON DELETE CASCADE,
  step_key          VARCHAR(1000)   NOT NULL,
  seq               INTEGER         NOT NULL,
  step_id           VARCHAR(100)    NOT NULL,
  step_name         VARCHAR(200)    NOT NULL,
  call_target       VARCHAR(100)    NOT NULL,
  organization_id   VARCHAR(200),
  organization_name VARCHAR(200),
  step_state        VARCHAR(16)     NOT NULL,
  outcome           VARCHAR(16),
  attempts          INTEGER         NOT NULL,
  input             VARCHAR(100000),
  items             VARCHAR(1000000),
  output            VARCHAR(1000000),
  error_code        VARCHAR(40),
  error_message     VARCHAR(4000),
  started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at       TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (run_id, step_key)
);

CREATE INDEX workflow_step_run_org ON workflow_step_run (organization_id, run_id);

-- Workflows the MSP wrote, saved after they were checked; the built-in ones ship with duoctl.
CREATE TABLE workflow_definition (
  name        VARCHAR(64)     NOT NULL PRIMARY KEY,
  version     INTEGER         NOT NULL,
  definition  VARCHAR(400000) NOT NULL,
  saved_by    VARCHAR(200)    NOT NULL,
  saved_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
