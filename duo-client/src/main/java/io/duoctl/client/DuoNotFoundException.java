package io.duoctl.client;

/** HTTP 404: the object named in the path does not exist (40401). */
public final class DuoNotFoundException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  public DuoNotFoundException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    super(status, code, duoMessage, messageDetail, method, path);
  }
}
