package io.duoctl.emulator.http;

/**
 * The endpoint classes Duo rate-limits separately, after the figures a Duo engineer published
 * (signing-auth-accounts.md §3; duo_client_python issue #101).
 */
public enum RateClass {
  /** Creating, changing or deleting objects: 300 per minute. */
  MODIFY,
  /** Reading one object: 300 per minute. */
  GET_ONE,
  /** Reading a page of objects: 200 per minute. */
  GET_PAGE,
  /** Reading all objects without paging: 40 per minute. */
  GET_ALL,
  /**
   * Authentication, telephony and administrator logs: 2 per minute for each log endpoint (the
   * activity log is counted the same way; Duo published no figure for it).
   */
  LOGS,
  /** Auth API calls (authentications); not limited by default. */
  AUTH;

  /**
   * The class Duo would put an endpoint in, judged from its method and pattern: writes are {@link
   * #MODIFY}; reads under {@code /logs/} are {@link #LOGS}; reads ending in a {@code {variable}}
   * are {@link #GET_ONE}; other reads are {@link #GET_PAGE}; {@code /auth/} is {@link #AUTH}.
   */
  public static RateClass infer(String method, String pattern) {
    if (pattern.startsWith("/auth/")) {
      return AUTH;
    }
    if (!method.equals("GET")) {
      return MODIFY;
    }
    if (pattern.contains("/logs/") || pattern.endsWith("/logs")) {
      return LOGS;
    }
    int lastSlash = pattern.lastIndexOf('/');
    return Route.isVariable(pattern.substring(lastSlash + 1)) ? GET_ONE : GET_PAGE;
  }
}
