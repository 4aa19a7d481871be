package io.duoctl.client.auth;

/** Whether an enrollment's activation code was used. */
public enum EnrollStatus {
  /** The user activated Duo Mobile with the code. */
  SUCCESS,
  /** The code has not been used yet. */
  WAITING,
  /** The code is unknown or expired. */
  INVALID
}
