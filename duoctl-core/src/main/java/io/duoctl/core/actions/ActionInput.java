package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An action's input after validation: every value already in its canonical form (integers as
 * numbers, phone numbers in E.164, times as instants). Immutable.
 */
public final class ActionInput {

  private final ObjectNode values;
  private final Map<String, FieldRule> rules;

  ActionInput(ObjectNode values, Map<String, FieldRule> rules) {
    this.values = values;
    this.rules = rules;
  }

  /**
   * Whether the caller gave {@code name} (or it has a default).
   *
   * @throws IllegalStateException if the action did not declare {@code name}: a handler bug
   */
  public boolean has(String name) {
    return values.hasNonNull(declared(name));
  }

  public Optional<String> text(String name) {
    return has(name) ? Optional.of(values.get(name).asText()) : Optional.empty();
  }

  /**
   * The value of a required field.
   *
   * @throws IllegalStateException if absent (the schema should have made it required)
   */
  public String requireText(String name) {
    return text(name).orElseThrow(() -> new IllegalStateException(name + " is not set"));
  }

  public Optional<Long> number(String name) {
    return has(name) ? Optional.of(values.get(name).asLong()) : Optional.empty();
  }

  public Optional<Integer> integer(String name) {
    return number(name).map(Math::toIntExact);
  }

  public Optional<Boolean> bool(String name) {
    return has(name) ? Optional.of(values.get(name).asBoolean()) : Optional.empty();
  }

  public Optional<Instant> time(String name) {
    return text(name).map(Instant::parse);
  }

  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    values.path(declared(name)).forEach(item -> out.add(item.asText()));
    return List.copyOf(out);
  }

  public Map<String, String> map(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    values
        .path(declared(name))
        .properties()
        .forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private String declared(String name) {
    if (!rules.containsKey(name)) {
      throw new IllegalStateException(
          "the action reads field " + name + " it does not declare; declared: " + rules.keySet());
    }
    return name;
  }

  /** All values, as a copy. */
  public ObjectNode json() {
    return values.deepCopy();
  }

  /** The values with every secret field replaced by {@code "[redacted]"}: safe to store and log. */
  public ObjectNode redacted() {
    ObjectNode copy = values.deepCopy();
    rules.values().stream()
        .filter(FieldRule::secret)
        .filter(rule -> copy.has(rule.name()))
        .forEach(rule -> copy.put(rule.name(), Redaction.REDACTED));
    return copy;
  }

  /** Field names only; values may be secret. */
  @Override
  public String toString() {
    return "ActionInput" + values.propertyStream().map(Map.Entry::getKey).toList();
  }
}
