package io.duoctl.core.errors;

import java.util.Objects;

/**
 * One rejected input: the field at fault and a message that says what is wrong and how to fix it.
 * Messages never contain secret values.
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
