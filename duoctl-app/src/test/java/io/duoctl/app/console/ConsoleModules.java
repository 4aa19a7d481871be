package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import java.time.Clock;

/** Builds the console module for tests. */
final class ConsoleModules {
  private ConsoleModules() {}

  static ConsoleModule forTest(Duoctl app) {
    return new ConsoleModule(app, new FakeOperators(), Clock.systemUTC());
  }

  static String setupToken(ConsoleModule module) {
    return FakeOperators.SETUP_TOKEN;
  }
}
