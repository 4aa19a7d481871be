package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationLimitsH2Test extends OrganizationLimitsContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
