package io.duoctl.core.actions.handlers;

import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ErrorCode;
import java.util.function.Supplier;

/**
 * Where caller input becomes a Duo client request: the client's own checks (its records and
 * builders refuse a bad value with an {@link IllegalArgumentException} naming the field) become the
 * caller's {@link ErrorCode#INVALID_INPUT}. Only here; anywhere else such an exception is a bug.
 */
final class ClientRequests {

  private ClientRequests() {}

  static <T> T fromInput(String what, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException refused) {
      throw new ActionFailure(ErrorCode.INVALID_INPUT, what + ": " + refused.getMessage());
    }
  }
}
