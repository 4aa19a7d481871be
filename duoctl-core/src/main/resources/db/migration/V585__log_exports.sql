-- Continuous log exports. An export names its organizations (selection as jobs store it), its logs,
-- where it starts and its sinks (sinks_json without secrets; their secrets are in the vault under
-- owner kind 'log_export'). A checkpoint per export, organization, log and sink holds the Duo cursor
-- (text) up to which that sink holds the events, advanced only after the sink acknowledged them;
-- in_flight_since marks a delivery begun and not yet recorded, which a restart settles by asking
-- the sink which of the events it already holds. A lease per export, organization and log names
-- the node that exports it.
CREATE TABLE log_export (
  name               VARCHAR(64)    PRIMARY KEY,
  configuration_name VARCHAR(200),
  selection          VARCHAR(4000)  NOT NULL,
  logs               VARCHAR(100)   NOT NULL,
  start_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  sinks_json         VARCHAR(20000) NOT NULL,
  export_state       VARCHAR(16)    NOT NULL,
  created_by         VARCHAR(200)   NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE log_export_checkpoint (
  export_name       VARCHAR(64)     NOT NULL REFERENCES log_export (name) ON DELETE CASCADE,
  organization_id   VARCHAR(64)     NOT NULL,
  organization_name VARCHAR(200)    NOT NULL,
  log_kind          VARCHAR(16)     NOT NULL,
  sink_name         VARCHAR(64)     NOT NULL,
  cursor_token      VARCHAR(400)    NOT NULL,
  cursor_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  last_keys         VARCHAR(200000),
  events_exported   BIGINT          NOT NULL,
  in_flight_since   TIMESTAMP WITH TIME ZONE,
  first_success_at  TIMESTAMP WITH TIME ZONE,
  last_success_at   TIMESTAMP WITH TIME ZONE,
  last_error        VARCHAR(2000),
  last_error_at     TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (export_name, organization_id, log_kind, sink_name)
);

CREATE TABLE log_export_lease (
  export_name      VARCHAR(64)  NOT NULL REFERENCES log_export (name) ON DELETE CASCADE,
  organization_id  VARCHAR(64)  NOT NULL,
  log_kind         VARCHAR(16)  NOT NULL,
  owner_node       VARCHAR(100) NOT NULL,
  lease_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (export_name, organization_id, log_kind)
);
