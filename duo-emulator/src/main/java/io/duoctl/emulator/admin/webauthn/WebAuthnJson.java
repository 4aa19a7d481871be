package io.duoctl.emulator.admin.webauthn;

import java.util.Map;
import java.util.TreeMap;

/** Writes Duo's WebAuthn credential object (admin-api.md §6.6). */
public final class WebAuthnJson {

  private WebAuthnJson() {}

  /** The credential as it appears inside a user ({@code user} omitted). */
  public static Map<String, Object> credential(WebAuthnCredential c) {
    Map<String, Object> json = new TreeMap<>();
    json.put("aaguid", c.aaguid());
    json.put("backup_eligible", c.backupEligible());
    json.put("backup_status", c.backupStatus());
    json.put("credential_id", c.credentialId());
    json.put("credential_name", c.credentialName());
    json.put("date_added", c.dateAdded());
    json.put("date_last_used", c.dateLastUsed());
    json.put("label", c.label());
    json.put("passwordless_authorized", c.passwordlessAuthorized());
    json.put("registered_as", c.registeredAs());
    json.put("transports", c.transports());
    json.put("uv_capable", c.uvCapable());
    json.put("webauthnkey", c.webauthnkey());
    return json;
  }

  /** The credential with its user's scalar fields, as the credential endpoints write it. */
  public static Map<String, Object> withUser(WebAuthnCredential c, Object user) {
    Map<String, Object> json = credential(c);
    json.put("user", user);
    return json;
  }
}
