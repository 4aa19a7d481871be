package io.duoctl.client;

/**
 * HTTP 429: Duo still refused the call as too frequent (42901) after the client's back-off schedule
 * ran out.
 */
public final class DuoRateLimitedException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  public DuoRateLimitedException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    super(status, code, duoMessage, messageDetail, method, path);
  }
}
