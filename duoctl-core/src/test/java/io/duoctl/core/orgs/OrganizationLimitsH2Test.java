package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class OrganizationLimitsH2Test extends OrganizationLimitsContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
