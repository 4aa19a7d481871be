package io.duoctl.core.jobs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class JobRowStreamPostgresTest extends JobRowStreamContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
