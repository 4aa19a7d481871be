package io.duoctl.core.jobs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class JobStoreH2Test extends JobStoreContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
