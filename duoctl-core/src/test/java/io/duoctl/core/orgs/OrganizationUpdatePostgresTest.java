package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class OrganizationUpdatePostgresTest extends OrganizationUpdateContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
