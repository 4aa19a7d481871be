package io.duoctl.client.signing;

/**
 * The request-signature versions Duo accepts.
 *
 * <p>{@link #V2} signs date, method, host, path and the canonical parameters with HMAC-SHA1 or
 * HMAC-SHA512. {@link #V4} adds the SHA-512 of the body and always uses HMAC-SHA512. {@link #V5}
 * (the official clients' default) adds the hash of the request's {@code X-Duo-*} headers.
 */
public enum SignatureVersion {
  V2,
  V4,
  V5;

  /** Whether POST and PUT parameters travel as a JSON body (and the params line is empty). */
  public boolean usesJsonBody() {
    return this != V2;
  }
}
