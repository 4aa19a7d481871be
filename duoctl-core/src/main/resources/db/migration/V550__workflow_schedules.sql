-- Schedules that start workflow runs, and db-scheduler's table that runs them on every node of
-- the same database (exactly one node picks each due time). Portable across H2 2.x and
-- PostgreSQL 14+.

CREATE TABLE workflow_schedule (
  id                 VARCHAR(36)    NOT NULL PRIMARY KEY,
  name               VARCHAR(64)    NOT NULL,
  workflow           VARCHAR(100)   NOT NULL,
  inputs             VARCHAR(20000) NOT NULL,
  cron               VARCHAR(200)   NOT NULL,
  time_zone          VARCHAR(64)    NOT NULL,
  configuration_name VARCHAR(64),
  enabled            BOOLEAN        NOT NULL,
  confirmed          BOOLEAN        NOT NULL,
  created_by         VARCHAR(200)   NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT workflow_schedule_name_unique UNIQUE (name)
);

-- One row per due time a node took up: written (LAUNCHING) before the run is launched, so a due
-- time executed again after a crash finds it and never launches a second run.
CREATE TABLE workflow_schedule_launch (
  schedule_id VARCHAR(36)   NOT NULL REFERENCES workflow_schedule (id) ON DELETE CASCADE,
  due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome     VARCHAR(16)   NOT NULL,
  node        VARCHAR(100)  NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  run_id      VARCHAR(100),
  error       VARCHAR(4000),
  PRIMARY KEY (schedule_id, due_at)
);

-- db-scheduler 16's table (its PostgreSQL definition, with types H2 also has: VARCHAR for its
-- text, BYTEA for the task data). One row per enabled schedule (task workflow-schedule, instance
-- the schedule's id): its next due time, and while a node runs it, who picked it.
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN      NOT NULL,
  picked_by            VARCHAR(100),
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INTEGER,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT       NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time
  ON scheduled_tasks (priority DESC, execution_time ASC);
