package io.duoctl.emulator.admin;

import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads Admin API parameter values the way Duo coerces them (admin-api.md §3): booleans from {@code
 * 1}/{@code 0}, {@code true}/{@code false}, {@code True}/{@code False} or JSON booleans; integers
 * from decimal strings or JSON numbers. A value that does not parse is 400 40002 naming the
 * parameter. Stateless.
 */
public final class ParamValues {

  private ParamValues() {}

  /**
   * Parses a Duo boolean.
   *
   * @throws DuoError 400 40002 naming {@code name} for any other text
   */
  public static boolean bool(String name, String value) {
    return switch (value.trim()) {
      case "1", "true", "True" -> true;
      case "0", "false", "False" -> false;
      default -> throw DuoError.invalidParameter(name);
    };
  }

  /** The boolean parameter {@code name}, if sent. */
  public static Optional<Boolean> bool(ApiCall call, String name) {
    return call.param(name).map(v -> bool(name, v));
  }

  /**
   * Parses a whole number (a JSON number such as {@code 5.0} also counts).
   *
   * @throws DuoError 400 40002 naming {@code name} when it is not a whole number
   */
  public static long integer(String name, String value) {
    String text = value.trim();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notPlain) {
      try {
        double d = Double.parseDouble(text);
        if (d == Math.rint(d) && !Double.isInfinite(d)) {
          return (long) d;
        }
      } catch (NumberFormatException ignored) {
        // falls through to the error naming the parameter
      }
      throw DuoError.invalidParameter(name);
    }
  }

  /** The whole-number parameter {@code name}, if sent and not blank. */
  public static OptionalLong integer(ApiCall call, String name) {
    Optional<String> value = call.param(name).filter(v -> !v.isBlank());
    return value.isPresent() ? OptionalLong.of(integer(name, value.get())) : OptionalLong.empty();
  }

  /**
   * The whole-number parameter {@code name} within {@code [min, max]}.
   *
   * @throws DuoError 400 40002 naming it when out of range
   */
  public static OptionalLong integer(ApiCall call, String name, long min, long max) {
    OptionalLong value = integer(call, name);
    if (value.isPresent() && (value.getAsLong() < min || value.getAsLong() > max)) {
      throw DuoError.invalidParameter(name);
    }
    return value;
  }
}
