package io.duoctl.core.actions;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoAuthenticationException;
import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoForbiddenException;
import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.DuoRateLimitedException;
import io.duoctl.client.DuoServerException;
import java.util.List;

/** Duo's error replies as {@link ActionError}s, keeping Duo's code and message_detail. */
final class DuoErrors {

  private DuoErrors() {}

  static ActionError toError(DuoApiException e) {
    return new ActionError(
        code(e),
        e.getMessage(),
        e.code().isPresent() ? e.code().getAsInt() : null,
        e.messageDetail().orElse(null),
        e.status() > 0 ? e.status() : null,
        List.of());
  }

  static ErrorCode code(DuoApiException e) {
    if (e instanceof DuoAuthenticationException) {
      return ErrorCode.DUO_AUTHENTICATION;
    }
    if (e instanceof DuoForbiddenException) {
      return ErrorCode.DUO_FORBIDDEN;
    }
    if (e instanceof DuoNotFoundException) {
      return ErrorCode.DUO_NOT_FOUND;
    }
    if (e instanceof DuoInvalidRequestException) {
      return ErrorCode.DUO_INVALID_REQUEST;
    }
    if (e instanceof DuoRateLimitedException) {
      return ErrorCode.DUO_RATE_LIMITED;
    }
    if (e instanceof DuoServerException) {
      return ErrorCode.DUO_SERVER;
    }
    if (e instanceof DuoConnectionException failure) {
      return failure.outcomeUnknown() ? ErrorCode.OUTCOME_UNKNOWN : ErrorCode.DUO_CONNECTION;
    }
    return ErrorCode.DUO_ERROR;
  }
}
