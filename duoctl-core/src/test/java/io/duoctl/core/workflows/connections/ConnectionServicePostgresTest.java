package io.duoctl.core.workflows.connections;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class ConnectionServicePostgresTest extends ConnectionServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
