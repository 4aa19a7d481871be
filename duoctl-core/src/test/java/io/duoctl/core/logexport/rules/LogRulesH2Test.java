package io.duoctl.core.logexport.rules;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class LogRulesH2Test extends LogRulesContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
