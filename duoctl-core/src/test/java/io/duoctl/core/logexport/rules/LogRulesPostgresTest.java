package io.duoctl.core.logexport.rules;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class LogRulesPostgresTest extends LogRulesContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
