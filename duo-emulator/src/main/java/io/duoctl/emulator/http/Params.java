package io.duoctl.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded request parameters: an immutable multimap that keeps keys and values in wire order.
 * Thread-safe.
 */
public final class Params {

  private static final Params EMPTY = new Params(Map.of());

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** No parameters. */
  public static Params empty() {
    return EMPTY;
  }

  /** Parameters from a map of key to values, copied. */
  public static Params of(Map<String, ? extends List<String>> values) {
    if (values.isEmpty()) {
      return EMPTY;
    }
    LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new Params(Collections.unmodifiableMap(copy));
  }

  /**
   * Decodes {@code application/x-www-form-urlencoded} text (a query string or form body): {@code +}
   * and {@code %20} are spaces, a key without {@code =} has the empty value.
   *
   * @throws IllegalArgumentException on a malformed percent escape
   */
  public static Params parseUrlEncoded(String text) {
    if (text == null || text.isEmpty()) {
      return EMPTY;
    }
    LinkedHashMap<String, List<String>> out = new LinkedHashMap<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('&', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        String pair = text.substring(start, end);
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        out.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
      }
      start = end + 1;
    }
    return of(out);
  }

  private static String decode(String text) {
    return text.indexOf('%') < 0 && text.indexOf('+') < 0
        ? text
        : URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** These parameters followed by {@code other}'s; a key in both gets both lists of values. */
  public Params plus(Params other) {
    if (other.values.isEmpty()) {
      return this;
    }
    if (values.isEmpty()) {
      return other;
    }
    LinkedHashMap<String, List<String>> merged = new LinkedHashMap<>();
    values.forEach((k, v) -> merged.put(k, new ArrayList<>(v)));
    other.values.forEach((k, v) -> merged.computeIfAbsent(k, key -> new ArrayList<>()).addAll(v));
    return of(merged);
  }

  /** The first value of {@code key}. */
  public Optional<String> first(String key) {
    List<String> list = values.get(key);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** All values of {@code key} in wire order; empty if absent. */
  public List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }

  /** Whether {@code key} was sent. */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** Whether there are no parameters. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The parameters as an unmodifiable map in wire order. */
  public Map<String, List<String>> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return "Params" + values.keySet();
  }
}
