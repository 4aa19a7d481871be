/**
 * Bypass codes (admin-api.md §5.1, §5.8, §6.5, §7.7): {@link
 * io.duoctl.emulator.admin.bypass.BypassCodes#of BypassCodes.of(world, account)} creates codes per
 * user ({@code create(userId, BypassRequest)}, plaintext returned once, only salted hashes kept)
 * and checks Auth API passcodes with {@code consume(userId, code)} (reuse count, expiry).
 */
package io.duoctl.emulator.admin.bypass;
