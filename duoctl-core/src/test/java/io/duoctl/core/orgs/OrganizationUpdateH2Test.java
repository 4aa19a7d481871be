package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationUpdateH2Test extends OrganizationUpdateContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
