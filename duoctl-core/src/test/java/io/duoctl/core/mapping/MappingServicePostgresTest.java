package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;

class MappingServicePostgresTest extends MappingServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
