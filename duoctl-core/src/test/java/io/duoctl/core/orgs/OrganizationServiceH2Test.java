package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationServiceH2Test extends OrganizationServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
