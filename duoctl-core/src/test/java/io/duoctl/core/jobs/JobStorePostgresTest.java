package io.duoctl.core.jobs;

import io.duoctl.core.testing.Backend;

class JobStorePostgresTest extends JobStoreContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
