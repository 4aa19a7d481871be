package io.duoctl.client.auth;

/** The Auth API's rule that a request names its user once, by username or by user id. */
final class UserRef {

  private UserRef() {}

  static void requireOne(String username, String userId) {
    boolean hasUsername = username != null && !username.isBlank();
    boolean hasUserId = userId != null && !userId.isBlank();
    if (hasUsername == hasUserId) {
      throw new IllegalArgumentException("give exactly one of username and userId");
    }
  }
}
