package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;

class OperatorServiceH2Test extends OperatorServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
