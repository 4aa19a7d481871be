package io.duoctl.core.settings;

import io.duoctl.core.testing.Backend;

class SettingsServicePostgresTest extends SettingsServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
