package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class OrganizationCsvImportPostgresTest extends OrganizationCsvImportContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
