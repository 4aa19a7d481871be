-- One number every write of settings (configurations, their keys, default, validation reports)
-- raises in its own transaction, so that every node's cache of the configurations notices a change
-- made by any node with one indexed read.
CREATE TABLE settings_version (
  id      INTEGER PRIMARY KEY,
  version BIGINT  NOT NULL
);
INSERT INTO settings_version (id, version) VALUES (1, 0);
