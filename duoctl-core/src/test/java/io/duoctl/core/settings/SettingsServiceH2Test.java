package io.duoctl.core.settings;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class SettingsServiceH2Test extends SettingsServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
