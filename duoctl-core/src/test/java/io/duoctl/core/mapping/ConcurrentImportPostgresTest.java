package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class ConcurrentImportPostgresTest extends ConcurrentImportContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
