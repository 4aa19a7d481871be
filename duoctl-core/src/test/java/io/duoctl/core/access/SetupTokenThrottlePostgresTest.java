package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class SetupTokenThrottlePostgresTest extends SetupTokenThrottleContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
