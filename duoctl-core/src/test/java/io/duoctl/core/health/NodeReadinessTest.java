package io.duoctl.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.core.db.Database;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness on a real database, with heartbeats and a clock moved by hand. */
@Tag("slow")
class NodeReadinessTest {
  static final Duration LEASE = Duration.ofSeconds(30);

  @TempDir Path tempDir;
  Database database;
  MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  AtomicReference<Instant> jobBeat = new AtomicReference<>();
  AtomicReference<Instant> runBeat = new AtomicReference<>();
  NodeReadiness readiness;

  @BeforeEach
  void open() {
    database = Backend.H2.open(tempDir);
    readiness =
        new NodeReadiness(
            database,
            () -> Optional.ofNullable(jobBeat.get()),
            () -> Optional.ofNullable(runBeat.get()),
            LEASE,
            Duration.ofSeconds(3),
            clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aMigratedDatabase_withoutHeartbeatsYet_isReady_leasesIdle() {
    Readiness found = readiness.check();

    assertThat(found.ready()).isTrue();
    assertThat(found.checks())
        .extracting(Readiness.Check::name, Readiness.Check::status)
        .containsExactly(
            tuple("database", "ok"),
            tuple("schema", "ok"),
            tuple("job_leases", "idle"),
            tuple("run_leases", "idle"));
  }

  @Test
  void aHeartbeatWithinALease_isOk_andOneOlderThanALease_isStale() {
    jobBeat.set(clock.instant());
    runBeat.set(clock.instant());
    clock.advance(LEASE);
    assertThat(readiness.check().ready()).isTrue();

    runBeat.set(clock.instant());
    clock.advance(Duration.ofSeconds(1));
    Readiness found = readiness.check();

    assertThat(found.ready()).isFalse();
    assertThat(found.failed())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo("job_leases");
              assertThat(check.status()).isEqualTo("stale");
              assertThat(check.message()).contains("31 s ago").contains("30 s");
            });
  }

  @Test
  void aSchemaWithoutTheNewestMigration_isBehind() {
    database
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = :v")
                    .bind("v", Database.latestMigration())
                    .execute());

    Readiness found = readiness.check();

    assertThat(found.failed())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo("schema");
              assertThat(check.status()).isEqualTo("behind");
              assertThat(check.message()).contains(Database.latestMigration());
            });
  }

  @Test
  void aClosedDatabase_isUnavailable_andTheSchemaNotChecked() {
    database.close();

    Readiness found = readiness.check();

    assertThat(found.ready()).isFalse();
    assertThat(found.checks())
        .extracting(Readiness.Check::name, Readiness.Check::status)
        .startsWith(tuple("database", "unavailable"), tuple("schema", "not_checked"));
    assertThat(found.failed()).extracting(Readiness.Check::name).containsExactly("database");
  }
}
