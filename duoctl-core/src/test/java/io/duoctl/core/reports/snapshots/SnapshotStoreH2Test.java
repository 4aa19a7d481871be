package io.duoctl.core.reports.snapshots;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class SnapshotStoreH2Test extends SnapshotStoreContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
