-- Fan-out jobs of catalog actions and one row per organization. Portable across H2 2.x and
-- PostgreSQL 14+. Inputs and data are stored with secrets redacted.

CREATE TABLE action_job (
  id            VARCHAR(36)    NOT NULL PRIMARY KEY,
  action_id     VARCHAR(100)   NOT NULL,
  actor         VARCHAR(200)   NOT NULL,
  dry_run       BOOLEAN        NOT NULL,
  selection     VARCHAR(4000)  NOT NULL,
  input         VARCHAR(20000) NOT NULL,
  job_state     VARCHAR(16)    NOT NULL,
  total_count   INTEGER        NOT NULL,
  done_count    INTEGER        NOT NULL,
  failed_count  INTEGER        NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX action_job_created ON action_job (created_at);

CREATE TABLE action_job_row (
  job_id            VARCHAR(36)     NOT NULL REFERENCES action_job (id) ON DELETE CASCADE,
  row_index         INTEGER         NOT NULL,
  organization_id   VARCHAR(200)    NOT NULL,
  organization_name VARCHAR(200)    NOT NULL,
  ok                BOOLEAN         NOT NULL,
  error_code        VARCHAR(40),
  message           VARCHAR(4000),
  duo_code          INTEGER,
  message_detail    VARCHAR(4000),
  result_data       VARCHAR(1000000),
  duration_ms       BIGINT          NOT NULL,
  finished_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (job_id, row_index)
);
