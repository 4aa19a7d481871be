package io.duoctl.emulator.admin.directory;

import io.duoctl.emulator.model.Account;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The emulated directories of one account, each reached by its directory key (admin-api.md §7.9).
 * Fixtures seed them with {@link #add} and {@link #put}. Directory keys are secrets: they never
 * appear in {@code toString()} or errors. Thread-safe.
 */
public final class Directories {

  private final Map<String, Directory> byKey = new LinkedHashMap<>();

  private Directories() {}

  /** The directories of {@code account}. */
  public static Directories of(Account account) {
    return account.state(Directories.class, Directories::new);
  }

  /** One directory: its display name and entries by lower-cased username. */
  public record Directory(String name, Map<String, DirectoryEntry> entries) {
    @Override
    public String toString() {
      return "Directory[" + name + ", " + entries.size() + " entries]";
    }
  }

  /** Adds (or renames) the directory reached by {@code directoryKey}. */
  public void add(String directoryKey, String name) {
    synchronized (byKey) {
      Directory existing = byKey.get(directoryKey);
      byKey.put(
          directoryKey,
          new Directory(name, existing == null ? new LinkedHashMap<>() : existing.entries()));
    }
  }

  /**
   * Adds or replaces a user of a directory.
   *
   * @throws IllegalArgumentException if there is no directory with this key
   */
  public void put(String directoryKey, DirectoryEntry entry) {
    synchronized (byKey) {
      Directory directory = byKey.get(directoryKey);
      if (directory == null) {
        throw new IllegalArgumentException("no directory with that key; add it first");
      }
      directory.entries().put(entry.username().toLowerCase(Locale.ROOT), entry);
    }
  }

  /** Removes a user from a directory; returns whether it was there. */
  public boolean remove(String directoryKey, String username) {
    synchronized (byKey) {
      Directory directory = byKey.get(directoryKey);
      return directory != null
          && directory.entries().remove(username.toLowerCase(Locale.ROOT)) != null;
    }
  }

  /** The name of the directory with this key. */
  public Optional<String> name(String directoryKey) {
    synchronized (byKey) {
      return Optional.ofNullable(byKey.get(directoryKey)).map(Directory::name);
    }
  }

  /** The directory user with this username (any case). */
  public Optional<DirectoryEntry> entry(String directoryKey, String username) {
    synchronized (byKey) {
      Directory directory = byKey.get(directoryKey);
      return directory == null
          ? Optional.empty()
          : Optional.ofNullable(directory.entries().get(username.toLowerCase(Locale.ROOT)));
    }
  }

  /** The entries of a directory, in insertion order. */
  public List<DirectoryEntry> entries(String directoryKey) {
    synchronized (byKey) {
      Directory directory = byKey.get(directoryKey);
      return directory == null ? List.of() : List.copyOf(directory.entries().values());
    }
  }
}
