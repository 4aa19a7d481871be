package io.duoctl.core.workflows.schedules;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class ScheduleServicePostgresTest extends ScheduleServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
