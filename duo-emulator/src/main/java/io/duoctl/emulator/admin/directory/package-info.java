/**
 * Emulated source directories and {@code syncuser} (admin-api.md §7.9): {@code
 * Directories.of(account).add(directoryKey, "Corp AD")}, then {@code put(directoryKey,
 * DirectoryEntry)}; a sync creates or updates the Duo user, joins the entry's groups (creating
 * them) and unlocks a locked-out user.
 */
package io.duoctl.emulator.admin.directory;
