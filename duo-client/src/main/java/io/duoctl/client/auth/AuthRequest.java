package io.duoctl.client.auth;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import java.util.Objects;

/**
 * One authentication to run. Exactly one of {@code username} and {@code userId}; a {@code passcode}
 * exactly for {@link AuthFactor#PASSCODE}; {@code device} only for the device factors, where it
 * defaults to {@code auto}. Null components are not sent. {@link #toString()} never shows the
 * passcode.
 *
 * @param factor the factor
 * @param username the username, or null
 * @param userId the user id, or null
 * @param device the device id or {@code auto}, or null
 * @param passcode the passcode (secret), or null
 * @param type the push's title line (e.g. {@code Login request}), or null
 * @param displayUsername the username shown in the push, or null
 * @param pushinfo extra push lines, URL-encoded {@code key=value&…} under 20,000 bytes, or null
 * @param ipaddr the user's IP address, or null
 * @param hostname the user's host name, or null
 * @param txid the verified-push transaction from preauth, or null
 */
public record AuthRequest(
    AuthFactor factor,
    String username,
    String userId,
    String device,
    String passcode,
    String type,
    String displayUsername,
    String pushinfo,
    String ipaddr,
    String hostname,
    String txid) {

  public AuthRequest {
    Objects.requireNonNull(factor, "factor");
    UserRef.requireOne(username, userId);
    if (factor == AuthFactor.PASSCODE) {
      Require.text(passcode, "passcode");
      if (device != null) {
        throw new IllegalArgumentException("device does not apply to the passcode factor");
      }
    } else if (passcode != null) {
      throw new IllegalArgumentException("passcode applies to the passcode factor only");
    }
    Require.optionalText(device, "device");
    if (pushinfo != null && pushinfo.length() >= 20_000) {
      throw new IllegalArgumentException("pushinfo must be under 20,000 bytes");
    }
  }

  /** A builder for {@code factor} and the user with this username. */
  public static Builder forUsername(AuthFactor factor, String username) {
    return new Builder(factor, Require.text(username, "username"), null);
  }

  /** A builder for {@code factor} and the user with this id. */
  public static Builder forUserId(AuthFactor factor, String userId) {
    return new Builder(factor, null, Require.text(userId, "userId"));
  }

  Params toParams() {
    String sentDevice = device == null && factor != AuthFactor.PASSCODE ? "auto" : device;
    return Params.of("factor", factor.wireValue())
        .withIfPresent("username", username)
        .withIfPresent("user_id", userId)
        .withIfPresent("device", sentDevice)
        .withIfPresent("passcode", passcode)
        .withIfPresent("type", type)
        .withIfPresent("display_username", displayUsername)
        .withIfPresent("pushinfo", pushinfo)
        .withIfPresent("ipaddr", ipaddr)
        .withIfPresent("hostname", hostname)
        .withIfPresent("txid", txid);
  }

  @Override
  public String toString() {
    return "AuthRequest[factor="
        + factor.wireValue()
        + ", "
        + (username != null ? "username=" + username : "userId=" + userId)
        + (device == null ? "" : ", device=" + device)
        + (passcode == null ? "" : ", passcode=***")
        + "]";
  }

  /** Collects the optional parts of an {@link AuthRequest}. Not thread-safe. */
  public static final class Builder extends UserRequestBuilder<Builder> {
    private final AuthFactor factor;
    private String device;
    private String passcode;
    private String type;
    private String displayUsername;
    private String pushinfo;
    private String txid;

    private Builder(AuthFactor factor, String username, String userId) {
      super(username, userId);
      this.factor = factor;
    }

    public Builder device(String value) {
      this.device = value;
      return this;
    }

    public Builder passcode(String value) {
      this.passcode = value;
      return this;
    }

    public Builder type(String value) {
      this.type = value;
      return this;
    }

    public Builder displayUsername(String value) {
      this.displayUsername = value;
      return this;
    }

    public Builder pushinfo(String value) {
      this.pushinfo = value;
      return this;
    }

    public Builder txid(String value) {
      this.txid = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid or missing
     */
    public AuthRequest build() {
      return new AuthRequest(
          factor,
          username,
          userId,
          device,
          passcode,
          type,
          displayUsername,
          pushinfo,
          ipaddr,
          hostname,
          txid);
    }
  }
}
