package io.duoctl.core.audit;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class AuditLogPostgresTest extends AuditLogContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
