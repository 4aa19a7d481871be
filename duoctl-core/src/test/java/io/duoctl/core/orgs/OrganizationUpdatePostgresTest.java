package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationUpdatePostgresTest extends OrganizationUpdateContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
