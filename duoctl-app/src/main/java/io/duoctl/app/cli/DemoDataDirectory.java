package io.duoctl.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the demo keeps its data: a new temporary directory, removed on close, or a directory the
 * user named, which must be new or empty (the demo sets up a new duoctl) and is kept.
 */
final class DemoDataDirectory implements AutoCloseable {
  private final Path path;
  private final boolean temporary;

  private DemoDataDirectory(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /**
   * The directory the user named ({@code null}: a new temporary one).
   *
   * @throws UsageException if the named directory already holds something
   */
  static DemoDataDirectory prepare(Path named) {
    try {
      if (named == null) {
        return new DemoDataDirectory(Files.createTempDirectory("duoctl-demo-"), true);
      }
      if (Files.isDirectory(named)) {
        try (Stream<Path> entries = Files.list(named)) {
          if (entries.findAny().isPresent()) {
            throw new UsageException(
                "--data "
                    + named
                    + " is not empty; the demo sets up a new duoctl, so give it a new or empty"
                    + " directory (or leave --data out for a temporary one)");
          }
        }
      }
      return new DemoDataDirectory(named, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo's data directory", e);
    }
  }

  Path path() {
    return path;
  }

  boolean temporary() {
    return temporary;
  }

  /** Removes a temporary directory; a directory the user named is kept. */
  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the system cleans its temporary folder.
    }
  }
}
