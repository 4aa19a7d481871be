package io.duoctl.client.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable copies of collections read from Duo, where absent means empty and nulls are dropped.
 */
public final class Copies {

  private Copies() {}

  /** An unmodifiable copy without null elements; empty for null. */
  public static <T> List<T> list(List<T> source) {
    return source == null ? List.of() : source.stream().filter(Objects::nonNull).toList();
  }

  /** An unmodifiable, order-keeping copy without null values; empty for null. */
  public static <V> Map<String, V> map(Map<String, V> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    Map<String, V> copy = new LinkedHashMap<>();
    source.forEach(
        (key, value) -> {
          if (key != null && value != null) {
            copy.put(key, value);
          }
        });
    return Collections.unmodifiableMap(copy);
  }
}
