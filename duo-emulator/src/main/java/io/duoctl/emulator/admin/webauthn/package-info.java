/**
 * WebAuthn credentials (admin-api.md §5.6, §6.6), which the API can only read and delete: seed them
 * with {@code WebAuthnCredentials.of(world, account).seed(WebAuthnCredential.securityKey( userId,
 * "YubiKey 5"))}.
 */
package io.duoctl.emulator.admin.webauthn;
