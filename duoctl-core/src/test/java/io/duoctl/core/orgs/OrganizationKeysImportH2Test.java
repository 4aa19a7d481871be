package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationKeysImportH2Test extends OrganizationKeysImportContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
