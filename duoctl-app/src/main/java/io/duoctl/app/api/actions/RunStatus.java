package io.duoctl.app.api.actions;

import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionResult;

/**
 * The HTTP status of a run's result, so a workflow engine can branch on it: 200 when it succeeded,
 * 422 when Duo (or duoctl, looking things up at Duo) refused the request and sending it again will
 * not help, 502 when Duo failed or could not be reached, 504 when a change was sent but its outcome
 * at Duo is unknown (no answer came, and looking it up did not settle it), 500 for a defect in
 * duoctl.
 */
final class RunStatus {

  /** Duo refused the request itself: invalid input, not found, conflict. */
  static final int REFUSED = 422;

  /**
   * Duo failed, could not be reached, or did not accept duoctl's stored keys or their grants (a
   * setting to fix, not the caller's request): 5xx, a broken connection, 429 after every retry, 401
   * and 403.
   */
  static final int DUO_FAILED = 502;

  /** A change was sent, no answer came: Duo may or may not have made it. */
  static final int OUTCOME_UNKNOWN = 504;

  /** A defect in duoctl. */
  static final int INTERNAL = 500;

  private RunStatus() {}

  static int of(ActionResult result) {
    return result.ok() ? 200 : of(result.error());
  }

  private static int of(ActionError error) {
    return switch (error.code()) {
      case NOT_FOUND,
          FORBIDDEN,
          AMBIGUOUS,
          INVALID_INPUT,
          UNKNOWN_ACTION,
          UNKNOWN_ORGANIZATION,
          ORGANIZATION_UNAVAILABLE,
          DUO_NOT_FOUND,
          DUO_INVALID_REQUEST ->
          REFUSED;
      case DUO_AUTHENTICATION, DUO_FORBIDDEN, DUO_RATE_LIMITED, DUO_SERVER, DUO_CONNECTION ->
          DUO_FAILED;
      case OUTCOME_UNKNOWN -> OUTCOME_UNKNOWN;
      case DUO_ERROR -> refusedByDuo(error) ? REFUSED : DUO_FAILED;
      case CANCELLED, INTERNAL -> INTERNAL;
    };
  }

  private static boolean refusedByDuo(ActionError error) {
    Integer status = error.httpStatus();
    return status != null
        && status >= 400
        && status < 500
        && status != 401
        && status != 403
        && status != 429;
  }
}
