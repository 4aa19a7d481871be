package io.duoctl.core.workflows.runs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class WorkflowRunTakeOverPostgresTest extends WorkflowRunTakeOverContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
