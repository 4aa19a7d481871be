package io.duoctl.core.logexport.exports;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class LogExportStorePostgresTest extends LogExportStoreContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
