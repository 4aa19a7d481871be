package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationKeysImportPostgresTest extends OrganizationKeysImportContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
