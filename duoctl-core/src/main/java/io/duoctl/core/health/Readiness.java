package io.duoctl.core.health;

import java.util.List;
import java.util.Objects;

/**
 * What a node's readiness check found: each check, in the order made.
 *
 * @param checks every check made, each once
 */
public record Readiness(List<Check> checks) {

  /**
   * One check.
   *
   * @param name what was checked, e.g. {@code database}
   * @param status {@code ok}; {@code idle} or {@code not_checked} (neither stops the node); or a
   *     word for what is wrong, e.g. {@code unavailable}, {@code timed_out}, {@code behind}, {@code
   *     stale}
   * @param ok whether it lets the node take work
   * @param message what is wrong, for people, never a secret; null when {@code ok}
   */
  public record Check(String name, String status, boolean ok, String message) {
    public Check {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
    }

    static Check passed(String name, String status) {
      return new Check(name, status, true, null);
    }

    static Check failed(String name, String status, String message) {
      return new Check(name, status, false, Objects.requireNonNull(message, "message"));
    }
  }

  public Readiness {
    checks = List.copyOf(checks);
  }

  /** Whether every check lets the node take work. */
  public boolean ready() {
    return checks.stream().allMatch(Check::ok);
  }

  /** The checks that do not, in order. */
  public List<Check> failed() {
    return checks.stream().filter(check -> !check.ok()).toList();
  }
}
