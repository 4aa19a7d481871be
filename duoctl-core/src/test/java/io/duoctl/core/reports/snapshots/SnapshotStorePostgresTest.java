package io.duoctl.core.reports.snapshots;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class SnapshotStorePostgresTest extends SnapshotStoreContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
