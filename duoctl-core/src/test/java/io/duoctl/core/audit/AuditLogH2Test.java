package io.duoctl.core.audit;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class AuditLogH2Test extends AuditLogContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
