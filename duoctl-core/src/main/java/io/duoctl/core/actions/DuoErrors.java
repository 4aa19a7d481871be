package io.duoctl.core.actions;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoAuthenticationException;
import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoForbiddenException;
import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.DuoRateLimitedException;
import io.duoctl.client.DuoServerException;
import io.duoctl.client.DuoTarget;
import io.duoctl.core.orgs.KeyFixes;
import io.duoctl.core.settings.DuoApi;
import java.util.List;

/** Duo's error replies as {@link ActionError}s, keeping Duo's code and message_detail. */
public final class DuoErrors {

  private DuoErrors() {}

  static ActionError toError(DuoApiException e) {
    return toError(e, null);
  }

  /**
   * Duo's error as an {@link ActionError}; when the organization's keys or directory key were
   * refused, the message ends with what they are and the command that fixes them.
   *
   * @param org the organization the call was made for, or null when none was resolved
   * @param api the API the call went to, or null when unknown
   */
  public static ActionError toError(DuoApiException e, ResolvedOrganization org, DuoApi api) {
    return toError(e, org == null || api == null ? null : keysHint(e, org, api));
  }

  private static String keysHint(DuoApiException e, ResolvedOrganization org, DuoApi api) {
    if (e instanceof DuoNotFoundException
        && e.path() != null
        && e.path().contains("/directorysync/")
        && org.directoryKey().isPresent()) {
      return "Duo does not know the directory key (if it is "
          + org.name()
          + "'s stored one, fix it with "
          + KeyFixes.directoryKey(org.name())
          + ")";
    }
    if (!(e instanceof DuoAuthenticationException)) {
      return null;
    }
    if (org.ownKeys().contains(api)) {
      return "Duo refused "
          + org.name()
          + "'s own "
          + api.displayName()
          + " keys: fix them with "
          + KeyFixes.ownKeys(org.name(), api)
          + ", then "
          + KeyFixes.check(org.name());
    }
    DuoTarget target = org.targets().get(api);
    DuoApi parentApi = target != null && target.accountId().isPresent() ? DuoApi.ACCOUNTS : api;
    return "Duo refused the configuration's "
        + parentApi.displayName()
        + " keys: fix them with "
        + KeyFixes.parentKeys(parentApi)
        + ", then duoctl config validate";
  }

  private static ActionError toError(DuoApiException e, String hint) {
    return new ActionError(
        code(e),
        hint == null ? e.getMessage() : e.getMessage() + ". " + hint,
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
