package io.duoctl.app.console;

import io.duoctl.app.Duoctl;

/** The setup token a real server would print at start. */
final class ConsoleModules {
  private ConsoleModules() {}

  static String setupToken(Duoctl app) {
    return app.firstOperatorSetup()
        .issueIfNeeded()
        .orElseThrow(() -> new AssertionError("an operator exists already"));
  }
}
