package io.duoctl.core.workflows.runs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class WorkflowRunTakeOverH2Test extends WorkflowRunTakeOverContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
