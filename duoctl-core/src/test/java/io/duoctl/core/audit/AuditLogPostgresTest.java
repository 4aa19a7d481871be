package io.duoctl.core.audit;

import io.duoctl.core.testing.Backend;

class AuditLogPostgresTest extends AuditLogContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
