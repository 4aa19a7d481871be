package io.duoctl.core.db;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class DatabaseTest {
  @TempDir Path dataDir;

  @Test
  void embedded_createsTheH2FileInTheDataDirectory_andKeepsDataAcrossRestarts() {
    try (Database db = Database.open(DatabaseConfig.embedded(dataDir.resolve("nested")))) {
      db.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "INSERT INTO audit_event (occurred_at, actor, subject_type, subject_id, action,"
                          + " changes) VALUES (CURRENT_TIMESTAMP, 'a', 'MAPPING', 'x', 'y', '[]')"));
    }

    try (Database reopened = Database.open(DatabaseConfig.embedded(dataDir.resolve("nested")))) {
      int rows =
          reopened
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM audit_event").mapTo(Integer.class).one());
      assertThat(rows).isEqualTo(1);
    }
    assertThat(dataDir.resolve("nested/duoctl.mv.db")).exists();
  }

  @Test
  void embedded_isSharedWithAnotherProcess_soTheCliWorksWhileTheServerRuns() throws Exception {
    Path data = dataDir.resolve("shared");
    try (Database first = Database.open(DatabaseConfig.embedded(data))) {
      first.jdbi().useHandle(h -> h.execute("SELECT 1"));
    }
    Process holder = startJava(HoldDatabase.class, data);
    try (var output = new BufferedReader(new InputStreamReader(holder.getInputStream(), UTF_8))) {
      assertThat(output.readLine()).isEqualTo("ready");

      try (Database second = Database.open(DatabaseConfig.embedded(data))) {
        int tables =
            second
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery("SELECT COUNT(*) FROM audit_event")
                            .mapTo(Integer.class)
                            .one());
        assertThat(tables).isZero();
      }
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void embedded_keepsACommittedRow_whenItsProcessIsKilledRightAfterTheCommit() throws Exception {
    Path data = dataDir.resolve("killed");
    try (Database migrated = Database.open(DatabaseConfig.embedded(data))) {
      migrated.jdbi().useHandle(h -> h.execute("SELECT 1"));
    }
    Process committer = startJava(CommitThenWait.class, data);
    try (var output =
        new BufferedReader(new InputStreamReader(committer.getInputStream(), UTF_8))) {
      assertThat(output.readLine()).isEqualTo("committed");
    } finally {
      committer.destroyForcibly();
      assertThat(committer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (Database reopened = Database.open(DatabaseConfig.embedded(data))) {
      int rows =
          reopened
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM audit_event").mapTo(Integer.class).one());
      assertThat(rows).isEqualTo(1);
    }
  }

  @Test
  void open_ofAnUnreachableDatabase_failsNamingTheUrlButNotThePassword() {
    DatabaseConfig config =
        DatabaseConfig.jdbc("jdbc:postgresql://127.0.0.1:1/duoctl", "duoctl", "pg-password-123");

    assertThatThrownBy(() -> Database.open(config))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/duoctl")
        .hasMessageNotContaining("pg-password-123");
    assertThat(config.toString()).doesNotContain("pg-password-123");
  }

  @Test
  void config_rejectsNonJdbcUrls_andDefaultsToDotDuoctl() {
    assertThatThrownBy(() -> DatabaseConfig.jdbc("postgresql://db/duoctl", null, null))
        .hasMessageContaining("jdbcUrl must start with jdbc:");
    assertThat(DatabaseConfig.defaultDataDir(Path.of("/home/ann")))
        .isEqualTo(Path.of("/home/ann/.duoctl"));
    assertThat(DatabaseConfig.embedded(dataDir).isEmbedded()).isTrue();
  }

  /** Runs {@code main} in a process of its own on this test's class path. */
  private static Process startJava(Class<?> main, Path data) throws IOException {
    return new ProcessBuilder(
            ProcessHandle.current().info().command().orElseThrow(),
            "-cp",
            System.getProperty("java.class.path"),
            main.getName(),
            data.toString())
        .redirectErrorStream(true)
        .start();
  }
}
