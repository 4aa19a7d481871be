package io.duoctl.core.logexport.exports;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class LogExportStoreH2Test extends LogExportStoreContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
