package io.duoctl.client;

/**
 * HTTP 403: the integration lacks the permission (grant) for this call, or is of the wrong type
 * (40301).
 */
public final class DuoForbiddenException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  public DuoForbiddenException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    super(status, code, duoMessage, messageDetail, method, path);
  }
}
