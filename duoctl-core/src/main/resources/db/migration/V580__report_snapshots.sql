-- Daily snapshots of each organization's figures, one row per organization, day and figure set
-- (coverage, accounts, billing); figures_json is a JSON object of the set's figures. The day is the
-- calendar day in the snapshot time zone; a later snapshot of the same day replaces the row. The
-- organization's name is kept as it was, so the history of a deleted organization still reads.
CREATE TABLE report_snapshot (
  organization_id   VARCHAR(64)   NOT NULL,
  snapshot_day      DATE          NOT NULL,
  figure_set        VARCHAR(16)   NOT NULL,
  organization_name VARCHAR(200)  NOT NULL,
  taken_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  figures_json      VARCHAR(2000) NOT NULL,
  PRIMARY KEY (organization_id, snapshot_day, figure_set)
);

CREATE INDEX report_snapshot_by_day ON report_snapshot (snapshot_day);
