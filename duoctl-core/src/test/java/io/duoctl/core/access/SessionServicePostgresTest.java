package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class SessionServicePostgresTest extends SessionServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
