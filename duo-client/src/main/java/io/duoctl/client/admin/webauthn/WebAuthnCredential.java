package io.duoctl.client.admin.webauthn;

import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.client.internal.Copies;
import java.util.List;

/**
 * A WebAuthn credential (security key or platform authenticator).
 *
 * @param webauthnkey the credential key ({@code WA…})
 * @param credentialName the name the user gave it, or null
 * @param label the derived label, e.g. {@code Windows Hello}, or null
 * @param dateAdded when it was registered, Unix seconds, or null
 * @param dateLastUsed when it was last used, Unix seconds, or null
 * @param registeredAs {@code platform}, {@code cross-platform} or {@code unknown}, or null
 * @param passwordlessAuthorized whether it may be used without a password, or null
 * @param transports the transports it supports
 * @param user the owning user, or null when nested in a user or owned by an administrator
 */
public record WebAuthnCredential(
    String webauthnkey,
    String credentialName,
    String label,
    Long dateAdded,
    Long dateLastUsed,
    String registeredAs,
    Boolean passwordlessAuthorized,
    List<String> transports,
    UserSummary user) {

  public WebAuthnCredential {
    transports = Copies.list(transports);
  }
}
