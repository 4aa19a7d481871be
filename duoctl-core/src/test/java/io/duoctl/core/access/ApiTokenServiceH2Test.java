package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class ApiTokenServiceH2Test extends ApiTokenServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
