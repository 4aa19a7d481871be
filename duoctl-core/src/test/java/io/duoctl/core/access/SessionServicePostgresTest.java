package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class SessionServicePostgresTest extends SessionServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
