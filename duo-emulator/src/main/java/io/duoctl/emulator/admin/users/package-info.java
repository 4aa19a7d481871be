/**
 * Admin API users (admin-api.md §5.1, §6.1, §7.3–§7.6, §7.10).
 *
 * <h2>State other features and fixtures use</h2>
 *
 * <ul>
 *   <li>{@link io.duoctl.emulator.admin.users.UserDirectory#of UserDirectory.of(world, account)}:
 *       {@code create(User.builder("alice").email(...).alias(1, "al"))} (seeding; unique names
 *       enforced), {@code byId}, {@code byUsernameOrAlias} (case-insensitive), {@code byEmail},
 *       {@code all}, {@code update(id, b -> b.status(UserStatus.BYPASS))}, {@code delete}
 *       (permanent, phones and tokens kept), {@code isEnrolled}, {@code countByStatus}.
 *   <li>Lockout (§7.6): {@code recordFailedAttempt(userId)} locks out at the account's {@code
 *       lockout_threshold} (read from {@code AccountSettings}) with reason {@code Failed Attempts};
 *       {@code recordSuccessfulLogin(userId)} resets the count and sets {@code last_login}; {@code
 *       lockOut(userId, reason)} seeds a locked-out user; {@code lockout_expire_duration} lifts
 *       lockouts lazily when the user is next read.
 *   <li>{@link io.duoctl.emulator.admin.users.VerificationPushes}: pushes answered by the phone's
 *       {@link io.duoctl.emulator.admin.phones.DeviceBehaviour}.
 * </ul>
 *
 * <p>Every state class of the Admin API features holds the account's one lock ({@code
 * admin.internal.AccountLock}), so cross-feature changes (deleting a user detaches its phones) are
 * atomic and cannot deadlock.
 */
package io.duoctl.emulator.admin.users;
