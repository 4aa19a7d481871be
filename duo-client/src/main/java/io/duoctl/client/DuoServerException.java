package io.duoctl.client;

/** HTTP 5xx: Duo failed to handle the call; a later retry may succeed. */
public final class DuoServerException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  public DuoServerException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    super(status, code, duoMessage, messageDetail, method, path);
  }
}
