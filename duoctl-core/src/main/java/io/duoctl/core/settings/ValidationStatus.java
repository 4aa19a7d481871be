package io.duoctl.core.settings;

/** The outcome of checking one API's keys against Duo. */
public enum ValidationStatus {
  OK,
  UNKNOWN_INTEGRATION_KEY,
  WRONG_SECRET_KEY,
  HOST_UNREACHABLE,
  TLS_FAILURE,
  /** The local clock differs too much from Duo's; {@link ApiCheck#clockOffset()} says how much. */
  CLOCK_SKEW,
  /** The application lacks a permission; {@link ApiCheck#missingGrant()} names it. */
  MISSING_PERMISSION,
  RATE_LIMITED,
  /** Another Duo error; {@link ApiCheck#duoCode()} carries Duo's code. */
  DUO_ERROR,
  /** The API has no keys in this configuration, so nothing was checked. */
  NOT_CONFIGURED
}
