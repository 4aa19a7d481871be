package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class OrganizationServiceH2Test extends OrganizationServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
