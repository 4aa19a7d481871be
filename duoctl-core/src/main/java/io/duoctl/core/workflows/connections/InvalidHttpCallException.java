package io.duoctl.core.workflows.connections;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/**
 * An http step asked for a request duoctl does not send: a method other than GET, POST, PUT, PATCH
 * or DELETE, a path that is not relative to the connection's base URL, or a body on a GET. Nothing
 * was sent.
 */
public final class InvalidHttpCallException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidHttpCallException(String connection, List<FieldError> errors) {
    super("http request through connection " + connection + " not sent", errors);
  }
}
