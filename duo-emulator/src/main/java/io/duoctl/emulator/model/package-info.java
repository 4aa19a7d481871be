/**
 * The emulator's state: a {@link io.duoctl.emulator.model.World} of {@link
 * io.duoctl.emulator.model.Account accounts} and {@link io.duoctl.emulator.model.Integration
 * integrations}, the {@link io.duoctl.emulator.model.EmulatorClock clock} and seeded {@link
 * io.duoctl.emulator.model.Ids IDs}.
 *
 * <h2>Where resource state hangs</h2>
 *
 * Each account carries typed state objects, keyed by their class: a feature package defines one
 * thread-safe class holding its data for one account (say {@code UserDirectory} with users and
 * aliases) and reaches it with {@code account.state(UserDirectory.class, UserDirectory::new)}. The
 * object is created once per account on first use and dies with the account, so deleting a child
 * account or resetting the world needs no per-feature code, and features never touch each other's
 * classes except through their public methods.
 *
 * <p>Everything in this package is thread-safe: the emulator serves requests concurrently.
 */
package io.duoctl.emulator.model;
