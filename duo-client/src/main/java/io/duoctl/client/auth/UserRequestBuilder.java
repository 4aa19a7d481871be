package io.duoctl.client.auth;

/**
 * What {@link AuthRequest.Builder} and {@link PreauthRequest.Builder} share: the user, named once
 * (username or user id), and where the user is ({@code ipaddr}, {@code hostname}). Not thread-safe.
 */
abstract class UserRequestBuilder<B extends UserRequestBuilder<B>> {
  final String username;
  final String userId;
  String ipaddr;
  String hostname;

  UserRequestBuilder(String username, String userId) {
    this.username = username;
    this.userId = userId;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B ipaddr(String value) {
    this.ipaddr = value;
    return self();
  }

  public B hostname(String value) {
    this.hostname = value;
    return self();
  }
}
