package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;

class ConcurrentImportPostgresTest extends ConcurrentImportContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
