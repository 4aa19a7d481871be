package io.duoctl.core.jobs;

import io.duoctl.core.testing.Backend;

class JobStoreH2Test extends JobStoreContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
