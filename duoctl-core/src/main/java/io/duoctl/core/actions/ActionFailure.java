package io.duoctl.core.actions;

import java.util.Objects;

/**
 * An action could not be done for a reason duoctl found (not Duo's error reply): an unknown user,
 * an ambiguous reference, a missing directory key. The message says what to do; never secrets.
 */
public class ActionFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public ActionFailure(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
