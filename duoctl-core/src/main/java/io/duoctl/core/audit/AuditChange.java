package io.duoctl.core.audit;

import io.duoctl.core.vocabulary.WireNames;
import java.util.Objects;

/**
 * One changed field: its value before and after, as text; null means "absent". Secret fields are
 * recorded with {@link #secret}, which keeps only whether a value was set, replaced or removed.
 */
public record AuditChange(String field, String before, String after) {
  /** The text recorded instead of any secret value. */
  public static final String REDACTED = "[redacted]";

  /**
   * The field of the last change of an entry that had too many to record them all; its {@code
   * after} says how many were left out.
   */
  public static final String TRUNCATED_FIELD = "(truncated)";

  public AuditChange {
    Objects.requireNonNull(field, "field");
  }

  /** A plain field change; enum values are recorded by their {@link WireNames wire name}. */
  public static AuditChange of(String field, Object before, Object after) {
    return new AuditChange(field, text(before), text(after));
  }

  private static String text(Object value) {
    if (value instanceof Enum<?> constant) {
      return WireNames.of(constant);
    }
    return value == null ? null : value.toString();
  }

  /** A secret field change that records only presence, never the value. */
  public static AuditChange secret(String field, boolean wasSet, boolean isSet) {
    return new AuditChange(field, wasSet ? REDACTED : null, isSet ? REDACTED : null);
  }
}
