package io.duoctl.core.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system for the embedded database (the {@value #SCHEME} prefix of its URL): the disk,
 * but every file H2 creates (database, lock, trace and temporary files) is born readable and
 * writable by its owner only (0600), and every directory it creates is 0700, whatever the directory
 * around them allows. Java cannot set the process umask, so files are created with their
 * permissions instead of being restricted after the fact, leaving no moment in which others may
 * open them. A database file H2 opens for writing is restricted too, for data directories made
 * before this rule.
 *
 * <p>Public with a public constructor only because H2 makes instances reflectively; register it
 * with {@link #register()} before connecting. Thread-safe.
 */
public final class OwnerOnlyFilePath extends FilePathWrapper {
  /** The URL prefix, as in {@code jdbc:h2:file:owneronly:/home/alice/.duoctl/duoctl}. */
  static final String SCHEME = "owneronly";

  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** For H2, which makes one instance per path; use {@link #register()}. */
  public OwnerOnlyFilePath() {}

  /** Makes the {@value #SCHEME} prefix known to H2; idempotent. */
  static void register() {
    FilePath.register(new OwnerOnlyFilePath());
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public boolean createFile() {
    if (!POSIX) {
      return super.createFile();
    }
    try {
      Files.createFile(path(), PosixFilePermissions.asFileAttribute(FILE));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      return super.createFile(); // H2's own retries and error reporting
    }
  }

  @Override
  public void createDirectory() {
    if (POSIX) {
      try {
        Files.createDirectory(path(), PosixFilePermissions.asFileAttribute(DIRECTORY));
        return;
      } catch (IOException e) {
        // H2 below retries and reports why it cannot create the directory
      }
    }
    super.createDirectory();
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    if (mode.contains("w")) {
      ownerOnly();
    }
    return super.open(mode);
  }

  @Override
  public OutputStream newOutputStream(boolean append) throws IOException {
    ownerOnly();
    return super.newOutputStream(append);
  }

  @Override
  public FilePath createTempFile(String suffix, boolean inTempDir) throws IOException {
    FilePath temp = super.createTempFile(suffix, inTempDir);
    if (POSIX) {
      // H2 creates it empty; restricted before anything is written to it
      Files.setPosixFilePermissions(Path.of(temp.unwrap().toString()), FILE);
    }
    return temp;
  }

  /** Creates the file owner-only, or restricts the existing one (when ours to change). */
  private void ownerOnly() {
    if (!POSIX) {
      return;
    }
    Path path = path();
    try {
      Files.createFile(path, PosixFilePermissions.asFileAttribute(FILE));
    } catch (FileAlreadyExistsException e) {
      try {
        if (!Files.getPosixFilePermissions(path).equals(FILE)) {
          Files.setPosixFilePermissions(path, FILE);
        }
      } catch (IOException notOurs) {
        // another user's file we may still write; H2 opens it as it is
      }
    } catch (IOException e) {
      // H2 reports why it cannot open the file
    }
  }

  private Path path() {
    return Path.of(getBase().toString());
  }
}
