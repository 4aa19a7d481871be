package io.duoctl.core.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected before anything was stored; {@link #errors()} lists every problem at once.
 * Feature packages declare subclasses named for what was invalid.
 */
public abstract class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  protected InvalidInputException(String what, List<FieldError> errors) {
    super(
        what + ": " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  /** Every rejected field, in input order; never empty. */
  public List<FieldError> errors() {
    return errors;
  }
}
