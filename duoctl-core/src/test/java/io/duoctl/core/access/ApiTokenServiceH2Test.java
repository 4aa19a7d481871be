package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class ApiTokenServiceH2Test extends ApiTokenServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
