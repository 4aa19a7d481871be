package io.duoctl.core.orgs;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class OrganizationCsvImportH2Test extends OrganizationCsvImportContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
