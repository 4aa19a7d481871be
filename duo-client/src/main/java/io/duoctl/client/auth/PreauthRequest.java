package io.duoctl.client.auth;

import io.duoctl.client.http.Params;

/**
 * A preauth question about one user. Exactly one of {@code username} and {@code userId}; the rest
 * are optional and sent only when set. {@link #toString()} never shows the trusted-device token.
 *
 * @param username the username, or null
 * @param userId the user id, or null
 * @param ipaddr the user's IP address, or null
 * @param hostname the user's host name, or null
 * @param trustedDeviceToken a remembered-device token from an earlier allow (secret), or null
 * @param clientSupportsVerifiedPush whether the caller can show a verified-push code
 */
public record PreauthRequest(
    String username,
    String userId,
    String ipaddr,
    String hostname,
    String trustedDeviceToken,
    boolean clientSupportsVerifiedPush) {

  public PreauthRequest {
    UserRef.requireOne(username, userId);
  }

  public static Builder forUsername(String username) {
    return new Builder(username, null);
  }

  public static Builder forUserId(String userId) {
    return new Builder(null, userId);
  }

  Params toParams() {
    Params params =
        Params.of()
            .withIfPresent("username", username)
            .withIfPresent("user_id", userId)
            .withIfPresent("ipaddr", ipaddr)
            .withIfPresent("hostname", hostname)
            .withIfPresent("trusted_device_token", trustedDeviceToken);
    return clientSupportsVerifiedPush ? params.with("client_supports_verified_push", "1") : params;
  }

  @Override
  public String toString() {
    return "PreauthRequest["
        + (username != null ? "username=" + username : "userId=" + userId)
        + (trustedDeviceToken == null ? "" : ", trustedDeviceToken=***")
        + "]";
  }

  /** Collects the optional parts of a {@link PreauthRequest}. Not thread-safe. */
  public static final class Builder extends UserRequestBuilder<Builder> {
    private String trustedDeviceToken;
    private boolean clientSupportsVerifiedPush;

    private Builder(String username, String userId) {
      super(username, userId);
    }

    public Builder trustedDeviceToken(String value) {
      this.trustedDeviceToken = value;
      return this;
    }

    public Builder clientSupportsVerifiedPush(boolean value) {
      this.clientSupportsVerifiedPush = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException unless exactly one of username and user id was given
     */
    public PreauthRequest build() {
      return new PreauthRequest(
          username, userId, ipaddr, hostname, trustedDeviceToken, clientSupportsVerifiedPush);
    }
  }
}
