-- Signed webhooks that start workflow runs. A webhook's signing secret lives encrypted in
-- secret_value (owner_kind 'webhook', owner_id its id), never here. The signatures of accepted
-- deliveries are kept while their timestamp could still pass the replay window, so a delivery sent
-- again is refused on every node and after a restart: the primary key turns a second insert of the
-- same signature into a refusal. Portable across H2 2.x and PostgreSQL 14+.

CREATE TABLE webhook (
  id                VARCHAR(36)   NOT NULL PRIMARY KEY,
  name              VARCHAR(64)   NOT NULL,
  workflow          VARCHAR(64)   NOT NULL,
  mapping           VARCHAR(8000) NOT NULL,
  configuration     VARCHAR(64),
  enabled           BOOLEAN       NOT NULL,
  confirmed         BOOLEAN       NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(200)  NOT NULL,
  secret_created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT webhook_name_unique UNIQUE (name)
);

CREATE TABLE webhook_signature_seen (
  webhook_id VARCHAR(36) NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
  signature  VARCHAR(64) NOT NULL,
  seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (webhook_id, signature)
);

CREATE INDEX webhook_signature_seen_at ON webhook_signature_seen (seen_at);
