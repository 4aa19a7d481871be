package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;

class ConcurrentImportH2Test extends ConcurrentImportContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
