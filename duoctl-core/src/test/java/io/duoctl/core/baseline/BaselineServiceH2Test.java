package io.duoctl.core.baseline;

import io.duoctl.core.testing.Backend;

class BaselineServiceH2Test extends BaselineServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
