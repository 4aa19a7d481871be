package io.duoctl.core.workflows.runs;

import io.duoctl.core.testing.Backend;

class WorkflowRunStoreH2Test extends WorkflowRunStoreContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
