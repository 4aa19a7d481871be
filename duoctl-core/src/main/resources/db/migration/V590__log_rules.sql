-- Log rules: CEL conditions over exported Duo log events and the actions they fire. A rule's
-- definition is its file form as JSON, without its secret (a webhook's signing secret or an SMTP
-- password lives encrypted in secret_value, owner_kind 'log-rule', owner_id its id).
-- log_rule_match keeps the matching events of rules that aggregate, while they may still count
-- towards a window; group_hash is the SHA-256 of the organization id and the group key.
-- log_rule_firing records each firing before its action runs, keyed by the event or by the group and
-- the window's start, so a batch delivered again never fires twice: state is pending (the action
-- has not succeeded yet; retried on the next delivery), sent, suppressed (over the rule's rate
-- limit) or failed (refused for good, e.g. a workflow refused the inputs).
-- Portable across H2 2.x and PostgreSQL 14+.

CREATE TABLE log_rule (
  id          VARCHAR(36)    NOT NULL PRIMARY KEY,
  name        VARCHAR(64)    NOT NULL,
  enabled     BOOLEAN        NOT NULL,
  definition  VARCHAR(20000) NOT NULL,
  secret_set  BOOLEAN        NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(200)   NOT NULL,
  CONSTRAINT log_rule_name_unique UNIQUE (name)
);

CREATE TABLE log_rule_match (
  rule_id         VARCHAR(36)     NOT NULL REFERENCES log_rule (id) ON DELETE CASCADE,
  event_key       VARCHAR(400)    NOT NULL,
  organization_id VARCHAR(64)     NOT NULL,
  group_hash      VARCHAR(64)     NOT NULL,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  event_json      VARCHAR(100000) NOT NULL,
  PRIMARY KEY (rule_id, event_key)
);

CREATE INDEX log_rule_match_group ON log_rule_match (rule_id, group_hash, occurred_at);

CREATE TABLE log_rule_firing (
  rule_id         VARCHAR(36)      NOT NULL REFERENCES log_rule (id) ON DELETE CASCADE,
  firing_key      VARCHAR(500)     NOT NULL,
  firing_id       VARCHAR(64)      NOT NULL,
  organization_id VARCHAR(64)      NOT NULL,
  event_key       VARCHAR(400)     NOT NULL,
  group_hash      VARCHAR(64),
  window_end      TIMESTAMP WITH TIME ZONE,
  state           VARCHAR(16)      NOT NULL,
  payload         VARCHAR(1000000) NOT NULL,
  attempts        INTEGER          NOT NULL,
  last_error      VARCHAR(1000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (rule_id, firing_key)
);

CREATE INDEX log_rule_firing_recent ON log_rule_firing (rule_id, created_at);
CREATE INDEX log_rule_firing_group ON log_rule_firing (rule_id, group_hash, window_end);
