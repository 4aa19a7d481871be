package io.duoctl.core.audit;

import io.duoctl.core.testing.Backend;

class AuditLogH2Test extends AuditLogContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
