package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationServicePostgresTest extends OrganizationServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
