package io.duoctl.core.access;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class OperatorServiceH2Test extends OperatorServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
