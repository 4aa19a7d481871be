package io.duoctl.core.actions;

/** Our stable error codes, shown by the CLI and returned by the REST API. */
public enum ErrorCode {
  /** The input broke the action's schema; the field errors say how to fix it. */
  INVALID_INPUT,
  /** The caller's scope does not allow the action (a read-only token or operator). */
  FORBIDDEN,
  /** No action has this id. */
  UNKNOWN_ACTION,
  /** No organization has this id or name. */
  UNKNOWN_ORGANIZATION,
  /** The organization is not mapped to a Duo account or lacks keys for the API the action needs. */
  ORGANIZATION_UNAVAILABLE,
  /** A user, phone or other object named in the input does not exist at Duo. */
  NOT_FOUND,
  /** A reference in the input matches more than one object. */
  AMBIGUOUS,
  /** Duo refused the keys or the signature (401). */
  DUO_AUTHENTICATION,
  /** The integration lacks the permission for this call (403). */
  DUO_FORBIDDEN,
  /** Duo answered 404 for the resource. */
  DUO_NOT_FOUND,
  /** Duo rejected a parameter (400). */
  DUO_INVALID_REQUEST,
  /** Duo kept answering 429 after the client's back-off. */
  DUO_RATE_LIMITED,
  /** Duo answered 5xx. */
  DUO_SERVER,
  /** Duo could not be reached. */
  DUO_CONNECTION,
  /**
   * A change was sent but no answer came back, and looking the object up did not settle it: Duo may
   * or may not have made the change. Look before trying again; a rerun of a create or delete looks
   * first, so it neither doubles nor fails.
   */
  OUTCOME_UNKNOWN,
  /** Another error reply from Duo. */
  DUO_ERROR,
  /** The fan-out job was cancelled before this organization's turn. */
  CANCELLED,
  /** A defect in duoctl; the message names the exception. */
  INTERNAL
}
