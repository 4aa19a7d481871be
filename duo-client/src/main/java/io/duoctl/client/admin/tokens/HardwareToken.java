package io.duoctl.client.admin.tokens;

import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.client.internal.Copies;
import java.util.List;

/**
 * A hardware (OTP) token. Its secrets are never returned by Duo.
 *
 * @param tokenId the token id ({@code DH…})
 * @param type {@code h6}, {@code h8}, {@code t6}, {@code t8}, {@code yk} or {@code d1}
 * @param serial the serial number
 * @param totpStep the TOTP step in seconds, null except for TOTP tokens
 * @param users the users the token belongs to (absent inside a user)
 */
public record HardwareToken(
    String tokenId, String type, String serial, Integer totpStep, List<UserSummary> users) {

  public HardwareToken {
    users = Copies.list(users);
  }
}
