package io.duoctl.core.workflows.schedules;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class ScheduleServiceH2Test extends ScheduleServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
