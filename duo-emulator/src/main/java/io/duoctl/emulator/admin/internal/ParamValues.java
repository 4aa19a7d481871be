package io.duoctl.emulator.admin.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coerces Duo's loosely typed parameters (admin-api.md §3): booleans as {@code 1/0/true/false/
 * True/False}, integers as numeric strings, ID lists as JSON-array strings. Every failure is 400
 * 40002 naming the parameter.
 */
public final class ParamValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ParamValues() {}

  /** The boolean value of {@code name}, if sent. */
  public static Optional<Boolean> bool(ApiCall call, String name) {
    return call.param(name).map(v -> parseBool(name, v));
  }

  /** The boolean value of {@code name}, or {@code fallback} when absent. */
  public static boolean bool(ApiCall call, String name, boolean fallback) {
    return bool(call, name).orElse(fallback);
  }

  /**
   * Parses a Duo boolean ({@code 1/0/true/false}, any case).
   *
   * @throws DuoError 400 40002 naming {@code name} for anything else
   */
  public static boolean parseBool(String name, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw DuoError.invalidParameter(name);
    };
  }

  /** The integer value of {@code name} within {@code [min, max]}, if sent. */
  public static Optional<Long> integer(ApiCall call, String name, long min, long max) {
    return call.param(name).map(v -> parseInt(name, v, min, max));
  }

  /** The integer value of {@code name} within {@code [min, max]}, or {@code fallback}. */
  public static long integer(ApiCall call, String name, long min, long max, long fallback) {
    return integer(call, name, min, max).orElse(fallback);
  }

  /**
   * Parses a whole number within {@code [min, max]}.
   *
   * @throws DuoError 400 40002 naming {@code name} when it is not one or out of range
   */
  public static long parseInt(String name, String value, long min, long max) {
    long parsed;
    try {
      parsed = Long.parseLong(value.trim());
    } catch (NumberFormatException notANumber) {
      throw DuoError.invalidParameter(name);
    }
    if (parsed < min || parsed > max) {
      throw DuoError.invalidParameter(name);
    }
    return parsed;
  }

  /**
   * A JSON-array-string list parameter such as {@code user_id_list=["DU…","DU…"]} (§3), at most
   * {@code max} entries; an array sent natively in a JSON body arrives as the same text.
   */
  public static Optional<List<String>> jsonList(ApiCall call, String name, int max) {
    Optional<String> raw = call.param(name);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    List<String> values;
    try {
      values = JSON.readValue(raw.get(), new TypeReference<List<String>>() {});
    } catch (IOException notAJsonArray) {
      throw DuoError.invalidParameter(name);
    }
    if (values == null || values.size() > max || values.stream().anyMatch(v -> v == null)) {
      throw DuoError.invalidParameter(name);
    }
    return Optional.of(values);
  }

  /** The value of {@code name} when sent, trimmed of nothing; blank values are kept. */
  public static Optional<String> text(ApiCall call, String name) {
    return call.param(name);
  }
}
