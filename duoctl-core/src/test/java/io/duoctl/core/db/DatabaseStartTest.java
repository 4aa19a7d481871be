package io.duoctl.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.duoctl.core.testing.Backend;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class DatabaseStartTest {
  @TempDir Path dataDir;

  @Test
  void latestMigration_isTheNewestMigrationFile() throws IOException, URISyntaxException {
    Path migrations =
        Path.of(
            Objects.requireNonNull(Database.class.getClassLoader().getResource("db/migration"))
                .toURI());
    try (Stream<Path> files = Files.list(migrations)) {
      String newest =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.startsWith("V"))
              .map(name -> name.substring(1, name.indexOf("__")))
              .max(Comparator.comparingInt(Integer::parseInt))
              .orElseThrow();
      assertThat(Database.LATEST_MIGRATION).isEqualTo(newest);
    }
  }

  @Test
  void open_ofACurrentSchema_startsNoMigrationWork_soAnEditedHistoryIsNotEvenRead() {
    DatabaseConfig config = DatabaseConfig.embedded(dataDir);
    try (Database migrated = Database.open(config)) {
      migrated
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE \"flyway_schema_history\" SET \"checksum\" = 1"
                          + " WHERE \"version\" = '100'"));
    }

    try (Database reopened = Database.open(config)) {
      assertThat(reopened.answers()).isTrue();
    }
  }

  @Test
  @Tag("postgres")
  void open_ofACurrentPostgresSchema_startsNoMigrationWorkEither() {
    String url;
    try (Database migrated = Backend.POSTGRES.open(dataDir)) {
      url = ((HikariDataSource) migrated.dataSource()).getJdbcUrl();
      migrated
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE \"flyway_schema_history\" SET \"checksum\" = 1"
                          + " WHERE \"version\" = '100'"));
    }

    try (Database reopened = Database.open(DatabaseConfig.jdbc(url, "postgres", "postgres"))) {
      assertThat(reopened.answers()).isTrue();
    }
  }
}
