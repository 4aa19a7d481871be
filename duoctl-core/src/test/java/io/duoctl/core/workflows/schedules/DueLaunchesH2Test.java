package io.duoctl.core.workflows.schedules;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class DueLaunchesH2Test extends DueLaunchesContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
