-- Stored HTTP connections for workflow http steps: a base URL and headers. Header names are kept
-- here in the order given; every header value lives encrypted in secret_value (owner_kind
-- 'connection', owner_id the connection's name, secret_name the header's lower-case name), so a
-- master key rotation re-encrypts it with every other secret. A header value may be a long bearer
-- token, so the envelope column grows to hold 4,096 characters of plaintext.
CREATE TABLE workflow_connection (
  name        VARCHAR(64)   NOT NULL PRIMARY KEY,
  base_url    VARCHAR(2000) NOT NULL,
  description VARCHAR(500),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(200)  NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE workflow_connection_header (
  connection_name VARCHAR(64) NOT NULL REFERENCES workflow_connection (name) ON DELETE CASCADE,
  header_key      VARCHAR(64) NOT NULL,
  header_name     VARCHAR(64) NOT NULL,
  seq             INTEGER     NOT NULL,
  PRIMARY KEY (connection_name, header_key)
);

ALTER TABLE secret_value ALTER COLUMN envelope SET DATA TYPE VARCHAR(8000);
