package io.duoctl.emulator.faults;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When to inject a fault: requests whose path matches a glob ({@code *} is any run of characters;
 * {@code /admin/v1/users*}), optionally only one method, with a probability, for at most {@code
 * count} requests (or forever).
 *
 * @param method the upper-case method, or null for any
 * @param pathGlob the path glob; {@code *} for every path
 * @param probability the chance, in [0, 1], that a matching request gets the fault
 * @param count how many requests get it at most; {@link #UNLIMITED} for no bound
 * @param fault what happens
 */
public record FaultRule(
    String method, String pathGlob, double probability, int count, Fault fault) {

  /** {@code count} value for a rule that never runs out. */
  public static final int UNLIMITED = -1;

  public FaultRule {
    method = method == null ? null : method.toUpperCase(Locale.ROOT);
    Objects.requireNonNull(pathGlob, "pathGlob");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], not " + probability);
    }
    if (count < UNLIMITED || count == 0) {
      throw new IllegalArgumentException("count must be positive or UNLIMITED, not " + count);
    }
    Objects.requireNonNull(fault, "fault");
  }

  /** The next {@code count} requests of any kind get {@code fault}. */
  public static FaultRule next(int count, Fault fault) {
    return new FaultRule(null, "*", 1.0, count, fault);
  }

  /**
   * Every request to a path matching {@code pathGlob} gets {@code fault} with {@code probability}.
   */
  public static FaultRule onPath(String pathGlob, double probability, Fault fault) {
    return new FaultRule(null, pathGlob, probability, UNLIMITED, fault);
  }

  Pattern compiled() {
    StringBuilder regex = new StringBuilder();
    for (String part : pathGlob.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
