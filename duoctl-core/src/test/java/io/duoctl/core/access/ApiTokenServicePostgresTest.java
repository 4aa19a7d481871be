package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class ApiTokenServicePostgresTest extends ApiTokenServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
