package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class OperatorServicePostgresTest extends OperatorServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
