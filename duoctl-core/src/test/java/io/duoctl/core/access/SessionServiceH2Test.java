package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class SessionServiceH2Test extends SessionServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
