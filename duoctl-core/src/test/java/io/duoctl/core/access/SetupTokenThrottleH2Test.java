package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class SetupTokenThrottleH2Test extends SetupTokenThrottleContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
