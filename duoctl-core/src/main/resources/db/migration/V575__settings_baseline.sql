-- The MSP's baseline of Duo account settings, one per configuration: each row a setting by Duo's
-- parameter name and its value as JSON (a number, a boolean or text). Who changed it and when is
-- in the audit log (subject 'baseline').
CREATE TABLE settings_baseline (
  configuration_name VARCHAR(64)   NOT NULL REFERENCES configuration (name) ON DELETE CASCADE,
  setting            VARCHAR(64)   NOT NULL,
  value_json         VARCHAR(2000) NOT NULL,
  PRIMARY KEY (configuration_name, setting)
);
