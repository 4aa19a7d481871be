package io.duoctl.core.mapping;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class MappingServiceH2Test extends MappingServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
