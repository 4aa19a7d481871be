package io.duoctl.client;

/**
 * HTTP 401: the integration key, secret key, signature or request date was refused (codes 401xx).
 * Check the keys and the clock.
 */
public final class DuoAuthenticationException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  public DuoAuthenticationException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    super(status, code, duoMessage, messageDetail, method, path);
  }
}
