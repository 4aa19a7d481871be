package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class OrganizationKeysImportPostgresTest extends OrganizationKeysImportContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
