package io.duoctl.core.workflows.connections;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class ConnectionServiceH2Test extends ConnectionServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
