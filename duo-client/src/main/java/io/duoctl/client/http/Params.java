package io.duoctl.client.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable request parameters: an insertion-ordered map from name to one or more string values.
 * Repeated values (Duo's log filters, the authentication-log cursor pair) keep their order.
 */
public final class Params {

  private static final Params EMPTY = new Params(Map.of());

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** No parameters. */
  public static Params of() {
    return EMPTY;
  }

  /** One parameter. */
  public static Params of(String name, String value) {
    return EMPTY.with(name, value);
  }

  /** Copies a name → values map, keeping its iteration order. */
  public static Params copyOf(Map<String, ? extends List<String>> source) {
    Params params = EMPTY;
    for (Map.Entry<String, ? extends List<String>> e : source.entrySet()) {
      params = params.withAll(e.getKey(), e.getValue());
    }
    return params;
  }

  /** These parameters with {@code name} set to the single {@code value}, replacing earlier ones. */
  public Params with(String name, String value) {
    Objects.requireNonNull(value, () -> "value of parameter " + name);
    return withAll(name, List.of(value));
  }

  /** These parameters with {@code name} set to {@code value} when it is present. */
  public Params withOptional(String name, Optional<String> value) {
    return value.map(v -> with(name, v)).orElse(this);
  }

  /** These parameters with {@code name} set to {@code value} unless it is null. */
  public Params withIfPresent(String name, Object value) {
    return value == null ? this : with(name, String.valueOf(value));
  }

  /** These parameters with {@code name} repeated once per value, replacing earlier ones. */
  public Params withAll(String name, List<String> newValues) {
    Objects.requireNonNull(name, "parameter name");
    List<String> copy = List.copyOf(newValues);
    Map<String, List<String>> next = new LinkedHashMap<>(values);
    next.put(name, copy);
    return new Params(Collections.unmodifiableMap(next));
  }

  /** These parameters plus every parameter of {@code other}, whose values win. */
  public Params withAll(Params other) {
    if (other.isEmpty()) {
      return this;
    }
    Map<String, List<String>> next = new LinkedHashMap<>(values);
    next.putAll(other.values);
    return new Params(Collections.unmodifiableMap(next));
  }

  /** These parameters without {@code name}. */
  public Params without(String name) {
    if (!values.containsKey(name)) {
      return this;
    }
    Map<String, List<String>> next = new LinkedHashMap<>(values);
    next.remove(name);
    return new Params(Collections.unmodifiableMap(next));
  }

  /** The first value of {@code name}. */
  public Optional<String> first(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** All values of {@code name}, empty if absent. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** Whether {@code name} is present. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** An unmodifiable view: name → values, in insertion order. */
  public Map<String, List<String>> asMap() {
    return values;
  }

  /** Name/value pairs flattened in order, one per value. */
  public List<Map.Entry<String, String>> pairs() {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    values.forEach((name, list) -> list.forEach(v -> pairs.add(Map.entry(name, v))));
    return pairs;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Params that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Names only: values may be secrets (bypass codes, passcodes). */
  @Override
  public String toString() {
    return "Params" + values.keySet();
  }
}
