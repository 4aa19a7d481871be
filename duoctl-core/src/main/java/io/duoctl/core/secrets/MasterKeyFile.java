package io.duoctl.core.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * A master key kept in a file (base64, one line) readable and writable by its owner only (0600 on
 * POSIX file systems; directories it creates are 0700). Stateless apart from the path; not safe for
 * two processes creating it at the same instant beyond what {@link Files#createFile} guarantees.
 */
public final class MasterKeyFile {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private final Path path;

  /** A key file at {@code path} (which need not exist yet). */
  public MasterKeyFile(Path path) {
    this.path = path;
  }

  /** Where the key lives. */
  public Path path() {
    return path;
  }

  /**
   * The key in the file, or empty when the file does not exist.
   *
   * @throws InvalidMasterKeyException if the file exists but does not hold a valid key, or other
   *     users may read it
   */
  public Optional<MasterKey> read() {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      if (isPosix() && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(path))) {
        throw new InvalidMasterKeyException(
            "master key file "
                + path
                + " may be read by other users; restrict it with `chmod 600 "
                + path
                + "`");
      }
      String text = Files.readString(path, StandardCharsets.US_ASCII);
      return Optional.of(MasterKey.fromBase64(text, "master key file " + path));
    } catch (IOException e) {
      throw new InvalidMasterKeyException(
          "cannot read master key file " + path + ": " + e.getMessage());
    }
  }

  /** Creates the file with a fresh random key, owner-only; fails if it already exists. */
  public MasterKey create(SecureRandom random) {
    MasterKey key = MasterKey.generate(random);
    try {
      Files.createDirectories(path.toAbsolutePath().getParent(), ownerOnlyDirectory());
      Files.createFile(path, ownerOnly());
      Files.writeString(path, key.toBase64() + "\n", StandardCharsets.US_ASCII);
      return key;
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("master key file " + path + " already exists", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create master key file " + path, e);
    }
  }

  /**
   * Atomically replaces the file's content with {@code key} (used after a re-encryption), keeping
   * owner-only permissions.
   */
  public void replace(MasterKey key) {
    Path temp = path.resolveSibling(path.getFileName() + ".new");
    try {
      Files.deleteIfExists(temp);
      Files.createFile(temp, ownerOnly());
      Files.writeString(temp, key.toBase64() + "\n", StandardCharsets.US_ASCII);
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write master key file " + path, e);
    }
  }

  private boolean isPosix() {
    return path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private FileAttribute<?>[] ownerOnlyDirectory() {
    return isPosix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)}
        : new FileAttribute<?>[0];
  }

  private FileAttribute<?>[] ownerOnly() {
    return isPosix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }
}
