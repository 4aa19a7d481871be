package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;

class MappingServiceH2Test extends MappingServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
