package io.duoctl.core.jobs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class JobStorePostgresTest extends JobStoreContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
