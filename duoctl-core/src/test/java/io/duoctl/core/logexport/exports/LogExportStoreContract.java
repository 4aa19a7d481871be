package io.duoctl.core.logexport.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints and leases as stored, run against every backend. */
abstract class LogExportStoreContract {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Partition HARBOR = new Partition("siem", "org-1", LogKind.AUTHENTICATION);

  @TempDir Path tempDir;
  private CoreFixture fixture;
  private LogExportStore store;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), tempDir);
    store = new LogExportStore(fixture.jdbi());
    store
        .jdbi()
        .useTransaction(
            h ->
                store.insert(
                    h,
                    new LogExportStore.Row(
                        "siem",
                        "default",
                        "all",
                        EnumSet.of(LogKind.AUTHENTICATION),
                        NOW.minus(Duration.ofDays(1)),
                        "[]",
                        ExportState.RUNNING,
                        "alice",
                        NOW),
                    NOW));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private static Checkpoint at(String cursor) {
    return Checkpoint.start(HARBOR, "Harbor Dental", "file", cursor, NOW);
  }

  @Test
  void checkpoint_advancesOnlyFromTheCursorItWasReadAt() {
    assertThat(store.save(at("1000,"), null)).isTrue();
    assertThat(store.save(at("1000,"), null)).as("a second first save").isFalse();

    Checkpoint advanced =
        at("1000,").advanced("2000,tx2", NOW.plusSeconds(1), List.of("org-1:tx2"), 2, NOW);
    assertThat(store.save(advanced, "1000,")).isTrue();
    assertThat(store.save(at("3000,tx3"), "1000,")).as("moved by another node meanwhile").isFalse();

    Checkpoint stored = store.checkpoints(HARBOR).getFirst();
    assertThat(stored.cursor()).isEqualTo("2000,tx2");
    assertThat(stored.lastKeys()).containsExactly("org-1:tx2");
    assertThat(stored.eventsExported()).isEqualTo(2);
    assertThat(stored.firstSuccessAt()).isEqualTo(NOW);
    assertThat(stored.inFlightSince()).isNull();
    assertThat(store.checkpoints("siem")).hasSize(1);
  }

  @Test
  void lease_isHeldByOneNodeUntilItLapses() {
    Instant until = NOW.plusSeconds(30);
    assertThat(store.claim(HARBOR, "node-a", NOW, until)).isTrue();
    assertThat(store.claim(HARBOR, "node-b", NOW.plusSeconds(10), until)).isFalse();
    assertThat(store.renew("node-a", NOW.plusSeconds(5), NOW.plusSeconds(35)))
        .containsExactly(HARBOR);

    assertThat(store.claim(HARBOR, "node-b", NOW.plusSeconds(36), NOW.plusSeconds(66))).isTrue();
    assertThat(store.renew("node-a", NOW.plusSeconds(37), NOW.plusSeconds(67))).isEmpty();
    store.release(HARBOR, "node-b");
    assertThat(store.claim(HARBOR, "node-a", NOW.plusSeconds(38), NOW.plusSeconds(68))).isTrue();
  }

  @Test
  void deletingTheExport_removesCheckpointsAndLeases() {
    store.save(at("1000,"), null);
    store.claim(HARBOR, "node-a", NOW, NOW.plusSeconds(30));
    boolean deleted = store.jdbi().inTransaction(h -> store.delete(h, "siem"));
    assertThat(deleted).isTrue();
    assertThat(store.checkpoints("siem")).isEmpty();
    assertThat(store.running()).isEmpty();
    assertThat(store.claim(HARBOR, "node-a", NOW, NOW.plusSeconds(30))).isFalse();
  }

  @Test
  void worstFirst_putsFailingSinksFirst_thenTheFurthestBehind_andTotalsSumPerLogAndSink() {
    Partition acme = new Partition("siem", "org-2", LogKind.AUTHENTICATION);
    Partition globex = new Partition("siem", "org-3", LogKind.AUTHENTICATION);
    store.save(at("1000,").advanced("5000,a", NOW.plusSeconds(50), List.of(), 7, NOW), null);
    store.save(
        Checkpoint.start(acme, "Acme", "file", "1000,", NOW)
            .advanced("2000,b", NOW.plusSeconds(2), List.of(), 3, NOW),
        null);
    Checkpoint globexStart = Checkpoint.start(globex, "Globex", "file", "1000,", NOW);
    store.save(globexStart, null);
    for (int attempt = 1; attempt <= 2; attempt++) {
      Checkpoint failed =
          new Checkpoint(
              globex,
              "Globex",
              "file",
              "1000,",
              NOW,
              List.of(),
              0,
              null,
              null,
              null,
              "connection refused",
              NOW.plusSeconds(attempt));
      assertThat(store.save(failed, "1000,")).isTrue();
    }

    assertThat(store.worstFirst("siem", 0, 10))
        .extracting(Checkpoint::organizationName)
        .containsExactly("Globex", "Acme", "Harbor Dental");
    assertThat(store.worstFirst("siem", 1, 1))
        .extracting(Checkpoint::organizationName)
        .containsExactly("Acme");
    assertThat(store.countCheckpoints("siem")).isEqualTo(3);
    assertThat(store.totals())
        .containsExactly(new SinkTotals("siem", "authentication", "file", NOW, 10, 2));
  }
}
