package io.duoctl.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the embedded database writes is its owner's only, whatever the directory allows. */
class OwnerOnlyFilesTest {
  @TempDir Path temp;

  /** Each file and directory under {@code dir} with its permissions, e.g. rw-------. */
  static Map<String, String> modes(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      Map<String, String> modes = new TreeMap<>();
      paths
          .filter(p -> !p.equals(dir))
          .forEach(p -> modes.put(dir.relativize(p).toString(), mode(p)));
      return modes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String mode(Path path) {
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void embedded_inAnExistingOpenDirectory_createsDatabaseLockAndTraceFilesOwnerOnly()
      throws IOException {
    Path data = Files.createDirectory(temp.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

    Map<String, String> whileOpen;
    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      db.jdbi()
          .useHandle(
              h -> {
                h.execute("SET TRACE_LEVEL_FILE 3");
                h.execute("SELECT COUNT(*) FROM audit_event");
              });
      whileOpen = modes(data);
    }

    assertThat(whileOpen)
        .containsKeys("duoctl.mv.db", "duoctl.lock.db", "duoctl.trace.db")
        .allSatisfy((file, mode) -> assertThat(mode).as(file).isEqualTo("rw-------"));
    assertThat(modes(data))
        .containsKey("duoctl.mv.db")
        .allSatisfy((file, mode) -> assertThat(mode).as(file).isEqualTo("rw-------"));
    assertThat(mode(data)).as("a directory the user made is left as it is").isEqualTo("rwxr-xr-x");
  }

  @Test
  void embedded_inANewNestedDirectory_createsItOwnerOnly() {
    Path data = temp.resolve("a/b");

    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      db.jdbi().useHandle(h -> h.execute("SELECT 1"));
    }

    assertThat(mode(temp.resolve("a"))).isEqualTo("rwx------");
    assertThat(mode(data)).isEqualTo("rwx------");
    assertThat(mode(data.resolve("duoctl.mv.db"))).isEqualTo("rw-------");
  }

  @Test
  void embedded_restrictsADatabaseFileOthersCouldRead_whenItOpensIt() throws IOException {
    Path data = temp.resolve("data");
    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      db.jdbi().useHandle(h -> h.execute("SELECT 1"));
    }
    Path file = data.resolve("duoctl.mv.db");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      db.jdbi().useHandle(h -> h.execute("SELECT 1"));
    }

    assertThat(mode(file)).isEqualTo("rw-------");
  }
}
