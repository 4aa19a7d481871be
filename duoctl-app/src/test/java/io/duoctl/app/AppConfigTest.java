package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void fromEnvironment_withNothingSet_usesDotDuoctlInHomeTheEmbeddedDatabaseAndTheKeyFile() {
    AppConfig config = AppConfig.fromEnvironment(Map.of(), "/home/alice", "alice");

    assertThat(config.dataDir()).isEqualTo(Path.of("/home/alice/.duoctl"));
    assertThat(config.database().isEmbedded()).isTrue();
    assertThat(config.database().jdbcUrl())
        .startsWith("jdbc:h2:file:owneronly:/home/alice/.duoctl/duoctl");
    assertThat(config.masterKey()).isNull();
    assertThat(config.actor()).isEqualTo("cli:alice");
  }

  @Test
  void fromEnvironment_readsEveryDuoctlVariable_andToStringHidesTheSecrets() {
    AppConfig config =
        AppConfig.fromEnvironment(
            Map.of(
                "DUOCTL_DATA", "/srv/duoctl",
                "DUOCTL_DB_URL", "jdbc:postgresql://db:5432/duoctl",
                "DUOCTL_DB_USER", "duoctl",
                "DUOCTL_DB_PASSWORD", "pg-password-123",
                "DUOCTL_MASTER_KEY", "c2VjcmV0LW1hc3Rlci1rZXktdGhhdC1pcy0zMi1ieXQ=",
                "DUOCTL_ACTOR", "ops-bot"),
            "/home/alice",
            "alice");

    assertThat(config.dataDir()).isEqualTo(Path.of("/srv/duoctl"));
    assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/duoctl");
    assertThat(config.database().user()).isEqualTo("duoctl");
    assertThat(config.masterKey()).startsWith("c2Vj");
    assertThat(config.actor()).isEqualTo("ops-bot");
    assertThat(config.toString())
        .contains("jdbc:postgresql://db:5432/duoctl")
        .doesNotContain("pg-password-123")
        .doesNotContain("c2VjcmV0");
  }

  @Test
  void commandLineOverrides_replaceTheDataDirectoryAndDatabase() {
    AppConfig config =
        AppConfig.fromEnvironment(Map.of(), "/home/alice", "alice")
            .withDataDir(Path.of("/tmp/d"))
            .withDatabase("jdbc:postgresql://other/duoctl", "bob");

    assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/d"));
    assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://other/duoctl");
    assertThat(config.database().user()).isEqualTo("bob");
  }

  @Test
  void fromEnvironment_readsTheJobLeaseInSeconds_andRefusesOneThatIsNotANumber() {
    assertThat(AppConfig.fromEnvironment(Map.of(), "/home/alice", "alice").jobLease())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(
            AppConfig.fromEnvironment(Map.of("DUOCTL_JOB_LEASE", "5"), "/home/alice", "alice")
                .jobLease())
        .isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(
            () ->
                AppConfig.fromEnvironment(
                    Map.of("DUOCTL_JOB_LEASE", "30s"), "/home/alice", "alice"))
        .hasMessageContaining("DUOCTL_JOB_LEASE must be a number of seconds");
    assertThatThrownBy(
            () -> AppConfig.fromEnvironment(Map.of("DUOCTL_JOB_LEASE", "0"), "/home/alice", "a"))
        .hasMessageContaining("DUOCTL_JOB_LEASE must be at least 1 second");
  }

  @Test
  void fromEnvironment_readsTheSchedulePollInSeconds_andRefusesOthers() {
    assertThat(AppConfig.fromEnvironment(Map.of(), "/home/alice", "alice").schedulePoll())
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(
            AppConfig.fromEnvironment(Map.of("DUOCTL_SCHEDULE_POLL", "2"), "/home/alice", "alice")
                .schedulePoll())
        .isEqualTo(Duration.ofSeconds(2));
    for (String bad : new String[] {"0", "2s", "3601"}) {
      assertThatThrownBy(
              () ->
                  AppConfig.fromEnvironment(
                      Map.of("DUOCTL_SCHEDULE_POLL", bad), "/home/alice", "alice"))
          .as(bad)
          .hasMessageContaining("DUOCTL_SCHEDULE_POLL must be a whole number of seconds from 1");
    }
  }

  @Test
  void fromEnvironment_readsTheLogExportPollInSeconds_andRefusesOthers() {
    assertThat(AppConfig.fromEnvironment(Map.of(), "/home/alice", "alice").logExportPoll())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(
            AppConfig.fromEnvironment(Map.of("DUOCTL_LOG_EXPORT_POLL", "2"), "/home/alice", "alice")
                .logExportPoll())
        .isEqualTo(Duration.ofSeconds(2));
    for (String bad : new String[] {"0", "2s", "3601"}) {
      assertThatThrownBy(
              () ->
                  AppConfig.fromEnvironment(
                      Map.of("DUOCTL_LOG_EXPORT_POLL", bad), "/home/alice", "alice"))
          .as(bad)
          .hasMessageContaining("DUOCTL_LOG_EXPORT_POLL must be a whole number of seconds from 1");
    }
  }
}
