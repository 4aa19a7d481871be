package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class SessionServiceH2Test extends SessionServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
