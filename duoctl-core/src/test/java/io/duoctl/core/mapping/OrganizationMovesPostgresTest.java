package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;

class OrganizationMovesPostgresTest extends OrganizationMovesContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
