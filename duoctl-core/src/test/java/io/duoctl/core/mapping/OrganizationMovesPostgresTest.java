package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class OrganizationMovesPostgresTest extends OrganizationMovesContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
