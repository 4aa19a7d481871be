package io.duoctl.core.settings;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class SettingsServicePostgresTest extends SettingsServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
