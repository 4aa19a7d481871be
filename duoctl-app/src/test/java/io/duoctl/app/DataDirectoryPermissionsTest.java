package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoClientFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything duoctl writes in its data directory is readable by its owner only. */
class DataDirectoryPermissionsTest {
  @TempDir Path temp;

  static Duoctl start(Path dataDir) {
    return Duoctl.start(
        new AppConfig(dataDir, null, null, null, null, "tester"),
        Clock.systemUTC(),
        new DuoClientFactory(Clock.systemUTC(), d -> {}));
  }

  static void write(Duoctl app) {
    app.settings().save(ConfigurationUpdate.named("production"), "tester");
    app.apiTokens().create("ops", ApiScope.ADMIN, Optional.empty(), "tester");
  }

  static Map<String, String> modes(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      Map<String, String> modes = new TreeMap<>();
      for (Path path : paths.filter(p -> !p.equals(dir)).toList()) {
        modes.put(
            dir.relativize(path).toString(),
            PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
      }
      return modes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void inAnExistingDirectoryOthersMayList_everyFileIsOwnerOnly_whileRunningAndAfter()
      throws IOException {
    Path data = Files.createDirectory(temp.resolve("duoctl"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

    Map<String, String> whileRunning;
    try (Duoctl app = start(data)) {
      write(app);
      whileRunning = modes(data);
    }

    assertThat(whileRunning)
        .containsKeys("duoctl.mv.db", "master.key")
        .allSatisfy((file, mode) -> assertThat(mode).as(file).isEqualTo("rw-------"));
    assertThat(modes(data))
        .isNotEmpty()
        .allSatisfy((file, mode) -> assertThat(mode).as(file).isEqualTo("rw-------"));
  }

  @Test
  void aNewDataDirectory_isOwnerOnly() {
    Path data = temp.resolve("home/.duoctl");

    try (Duoctl app = start(data)) {
      write(app);
    }

    assertThat(modes(temp.resolve("home")))
        .containsEntry(".duoctl", "rwx------")
        .allSatisfy((file, mode) -> assertThat(mode).as(file).isIn("rw-------", "rwx------"));
  }
}
