package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class OrganizationServicePostgresTest extends OrganizationServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
