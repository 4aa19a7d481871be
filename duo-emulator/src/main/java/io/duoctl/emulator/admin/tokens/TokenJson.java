package io.duoctl.emulator.admin.tokens;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes Duo's hardware token object (admin-api.md §6.3); secrets are never written. */
public final class TokenJson {

  private TokenJson() {}

  /** The token as it appears inside a user. */
  public static Map<String, Object> token(HardwareToken token) {
    Map<String, Object> json = new TreeMap<>();
    json.put("serial", token.serial());
    json.put("token_id", token.tokenId());
    json.put("totp_step", token.totpStep());
    json.put("type", token.type().wire());
    return json;
  }

  /** The token as the token endpoints write it, with its (reduced) users. */
  public static Map<String, Object> withUsers(HardwareToken token, List<?> users) {
    Map<String, Object> json = token(token);
    json.put("admins", List.of());
    json.put("users", users);
    return json;
  }
}
