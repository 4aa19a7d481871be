package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class OperatorServicePostgresTest extends OperatorServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
