package io.duoctl.core.vocabulary;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** One field held a value that is not one of its words or not a duration. */
public final class InvalidValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidValueException(String field, String message) {
    super("invalid value", List.of(new FieldError(field, message)));
  }

  /** The rejected field, e.g. {@code access_mode} or {@code --since}. */
  public String field() {
    return errors().getFirst().field();
  }

  /** What is wrong and how to fix it, without the field name. */
  public String problem() {
    return errors().getFirst().message();
  }
}
