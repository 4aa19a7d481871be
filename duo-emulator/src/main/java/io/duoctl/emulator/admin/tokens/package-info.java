/**
 * Hardware OTP tokens (admin-api.md §5.5, §6.3): {@code HardwareTokens.of(world, account)} with
 * {@code create(HardwareToken.of(TokenType.H6, serial, secretHex))}, {@code attach}, {@code
 * tokensOf(userId)}; {@link io.duoctl.emulator.admin.tokens.Hotp} computes RFC 4226 codes.
 */
package io.duoctl.emulator.admin.tokens;
