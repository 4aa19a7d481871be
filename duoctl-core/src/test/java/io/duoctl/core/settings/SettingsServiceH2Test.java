package io.duoctl.core.settings;

import io.duoctl.core.testing.Backend;

class SettingsServiceH2Test extends SettingsServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
