package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;

class OrganizationCsvImportH2Test extends OrganizationCsvImportContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
