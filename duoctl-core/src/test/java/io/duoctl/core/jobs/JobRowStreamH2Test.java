package io.duoctl.core.jobs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class JobRowStreamH2Test extends JobRowStreamContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
