package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;

class OrganizationMovesH2Test extends OrganizationMovesContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
