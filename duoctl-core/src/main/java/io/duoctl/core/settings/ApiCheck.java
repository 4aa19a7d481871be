package io.duoctl.core.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The validation result of one API. Details are present exactly when the status calls for them.
 *
 * @param status what the check found
 * @param message words a technician understands, with the fix; never contains a key
 * @param checkedAt when the check ran
 * @param clockOffset for {@link ValidationStatus#CLOCK_SKEW}: Duo's clock minus ours; else null
 * @param missingGrant for {@link ValidationStatus#MISSING_PERMISSION}: the grant, e.g. "Grant read
 *     information"; else null
 * @param duoCode for {@link ValidationStatus#DUO_ERROR}: Duo's numeric code, e.g. 40002; else null
 */
public record ApiCheck(
    ValidationStatus status,
    String message,
    Instant checkedAt,
    Duration clockOffset,
    String missingGrant,
    Integer duoCode) {
  public ApiCheck {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(checkedAt, "checkedAt");
    require(status == ValidationStatus.CLOCK_SKEW, clockOffset, "clockOffset");
    require(status == ValidationStatus.MISSING_PERMISSION, missingGrant, "missingGrant");
    require(status == ValidationStatus.DUO_ERROR, duoCode, "duoCode");
  }

  private static void require(boolean needed, Object value, String field) {
    if (needed != (value != null)) {
      throw new IllegalArgumentException(
          field + (needed ? " is required for this status" : " is only for its own status"));
    }
  }

  /** A check with a status that needs no detail. */
  public static ApiCheck of(ValidationStatus status, String message, Instant checkedAt) {
    return new ApiCheck(status, message, checkedAt, null, null, null);
  }

  public static ApiCheck clockSkew(Duration offset, String message, Instant checkedAt) {
    return new ApiCheck(ValidationStatus.CLOCK_SKEW, message, checkedAt, offset, null, null);
  }

  public static ApiCheck missingPermission(String grant, String message, Instant checkedAt) {
    return new ApiCheck(ValidationStatus.MISSING_PERMISSION, message, checkedAt, null, grant, null);
  }

  public static ApiCheck duoError(int code, String message, Instant checkedAt) {
    return new ApiCheck(ValidationStatus.DUO_ERROR, message, checkedAt, null, null, code);
  }

  /** Whether the API answered and accepted the keys. */
  public boolean ok() {
    return status == ValidationStatus.OK;
  }
}
