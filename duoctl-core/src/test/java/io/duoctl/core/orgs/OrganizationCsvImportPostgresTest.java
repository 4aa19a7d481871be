package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationCsvImportPostgresTest extends OrganizationCsvImportContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
