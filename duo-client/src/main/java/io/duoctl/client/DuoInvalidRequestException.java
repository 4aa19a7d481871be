package io.duoctl.client;

/**
 * HTTP 400: a parameter is missing, malformed or conflicts with existing data (400xx); {@link
 * #messageDetail()} usually names it.
 */
public final class DuoInvalidRequestException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  public DuoInvalidRequestException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    super(status, code, duoMessage, messageDetail, method, path);
  }
}
