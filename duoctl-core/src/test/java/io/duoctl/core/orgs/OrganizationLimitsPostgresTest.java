package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationLimitsPostgresTest extends OrganizationLimitsContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
