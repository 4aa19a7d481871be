package io.duoctl.client.internal;

import java.util.Collection;

/** Argument checks whose messages name the offending field. */
public final class Require {

  private Require() {}

  /** {@code value} itself, after checking it is neither null nor blank. */
  public static String text(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** {@code value} itself, after checking it is null or not blank. */
  public static String optionalText(String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank when given; omit it instead");
    }
    return value;
  }

  /** {@code value} itself, after checking it is null or within {@code [min, max]}. */
  public static Long range(Long value, long min, long max, String name) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** {@code value} itself, after checking it is null or within {@code [min, max]}. */
  public static Integer range(Integer value, int min, int max, String name) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** Checks that {@code values} holds no null or blank element. */
  public static void noBlankElements(Collection<String> values, String name) {
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not contain blank entries");
      }
    }
  }
}
