package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class SetupTokenThrottlePostgresTest extends SetupTokenThrottleContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
