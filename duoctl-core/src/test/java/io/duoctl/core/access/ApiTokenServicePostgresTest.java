package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class ApiTokenServicePostgresTest extends ApiTokenServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
