package io.duoctl.core.logexport.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored rule over exported log events. Never holds a secret; {@code secretSet} tells whether its
 * action has one in the vault (a webhook's signing secret, an SMTP password).
 *
 * @param id stable id; firings are kept by it
 * @param name unique, lower-case words joined by dashes
 * @param condition CEL over {@code event}, {@code log} and {@code org} yielding a bool
 * @param aggregation when many matching events must fall in one window; empty to fire on each
 * @param maxPerHour the most firings sent per hour; more are recorded as suppressed
 */
public record LogRule(
    String id,
    String name,
    boolean enabled,
    String condition,
    Optional<Aggregation> aggregation,
    int maxPerHour,
    RuleAction action,
    boolean secretSet,
    Instant createdAt,
    String createdBy) {
  /** The rate limit of a rule that names none. */
  public static final int DEFAULT_MAX_PER_HOUR = 60;

  public LogRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
  }

  /** This rule enabled or disabled. */
  LogRule withEnabled(boolean value) {
    return new LogRule(
        id,
        name,
        value,
        condition,
        aggregation,
        maxPerHour,
        action,
        secretSet,
        createdAt,
        createdBy);
  }
}
