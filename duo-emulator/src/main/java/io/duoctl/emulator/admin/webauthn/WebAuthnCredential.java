package io.duoctl.emulator.admin.webauthn;

import java.util.List;
import java.util.Objects;

/**
 * A WebAuthn credential of a user (admin-api.md §6.6). The Admin API cannot create them; fixtures
 * and tests seed them with {@link WebAuthnCredentials#seed}. Immutable.
 *
 * @param webauthnkey {@code WA…}
 * @param dateAdded Unix seconds
 * @param dateLastUsed Unix seconds, or null
 * @param registeredAs {@code platform}, {@code cross-platform} or {@code unknown}
 */
public record WebAuthnCredential(
    String webauthnkey,
    String userId,
    String credentialName,
    String label,
    long dateAdded,
    Long dateLastUsed,
    boolean backupEligible,
    boolean backupStatus,
    boolean passwordlessAuthorized,
    boolean uvCapable,
    String aaguid,
    String credentialId,
    String registeredAs,
    List<String> transports) {

  public WebAuthnCredential {
    Objects.requireNonNull(webauthnkey, "webauthnkey");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(credentialName, "credentialName");
    label = label == null ? "Security Key" : label;
    aaguid = aaguid == null ? "" : aaguid;
    credentialId = credentialId == null ? "" : credentialId;
    registeredAs = registeredAs == null ? "unknown" : registeredAs;
    transports = List.copyOf(transports);
  }

  /** A cross-platform security key named {@code name}; key and dates are set on seeding. */
  public static WebAuthnCredential securityKey(String userId, String name) {
    return new WebAuthnCredential(
        "",
        userId,
        name,
        "Security Key",
        0,
        null,
        false,
        false,
        false,
        true,
        null,
        null,
        "cross-platform",
        List.of("usb"));
  }

  WebAuthnCredential withKeyAndDate(String key, long added, String newCredentialId) {
    return new WebAuthnCredential(
        key,
        userId,
        credentialName,
        label,
        dateAdded == 0 ? added : dateAdded,
        dateLastUsed,
        backupEligible,
        backupStatus,
        passwordlessAuthorized,
        uvCapable,
        aaguid,
        credentialId.isEmpty() ? newCredentialId : credentialId,
        registeredAs,
        transports);
  }
}
