package io.duoctl.core.baseline;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class BaselineServicePostgresTest extends BaselineServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
