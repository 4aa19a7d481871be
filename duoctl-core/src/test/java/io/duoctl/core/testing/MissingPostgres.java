package io.duoctl.core.testing;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a PostgreSQL test does when no PostgreSQL can start: on a developer's machine it is skipped
 * with the reason; in CI (environment variable {@code CI} set) it fails, since a skip there would
 * hide that the PostgreSQL half of the contract suites never ran.
 */
public final class MissingPostgres {
  private MissingPostgres() {}

  /** Skips the running test, or fails it when {@code CI} is set; never returns normally. */
  public static void skipOrFail(String cause) {
    skipOrFail(cause, System.getenv());
  }

  static void skipOrFail(String cause, Map<String, String> environment) {
    String reason = "embedded PostgreSQL could not start here: " + cause;
    if (inCi(environment)) {
      Assertions.fail("PostgreSQL tests must run in CI (CI is set), but " + reason);
    }
    Assumptions.abort("PostgreSQL tests skipped: " + reason);
  }

  private static boolean inCi(Map<String, String> environment) {
    String ci = environment.get("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }
}
