package io.duoctl.emulator.admin.directory;

import java.util.List;
import java.util.Objects;

/**
 * A user as the emulated source directory (AD, OpenLDAP, Entra ID) holds it.
 *
 * @param aliases up to eight aliases, in order ({@code alias1} first)
 * @param groups names of the directory groups the user is in
 * @param externalId the directory's object ID, or null
 */
public record DirectoryEntry(
    String username,
    String realname,
    String email,
    String firstname,
    String lastname,
    List<String> aliases,
    List<String> groups,
    String externalId) {

  public DirectoryEntry {
    Objects.requireNonNull(username, "username");
    aliases = List.copyOf(aliases);
    if (aliases.size() > 8) {
      throw new IllegalArgumentException("a directory user has at most 8 aliases");
    }
    groups = List.copyOf(groups);
  }

  /** An entry with a name and email, no aliases or groups. */
  public static DirectoryEntry of(String username, String realname, String email) {
    return new DirectoryEntry(username, realname, email, null, null, List.of(), List.of(), null);
  }
}
