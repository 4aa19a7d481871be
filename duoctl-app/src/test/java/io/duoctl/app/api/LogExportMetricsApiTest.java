package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.actions.MspApi;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.exports.Checkpoint;
import io.duoctl.core.logexport.exports.LogExportStore;
import io.duoctl.core.logexport.exports.NewLogExport;
import io.duoctl.core.logexport.exports.Partition;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log export and log rule meters on {@code /metrics}, read from the database: events and lag per
 * export, log and sink (the lag of the worst organization, no organization label), errors per
 * export and sink, and firings per rule and outcome.
 */
@Tag("slow")
class LogExportMetricsApiTest {
  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @BeforeEach
  void msp() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme", "Globex"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void metrics_sumEventsOverOrganizations_reportTheWorstLag_andCountErrorsAndFirings() {
    api.duoctl
        .logExports()
        .create(
            new NewLogExport(
                "siem",
                null,
                OrganizationSelection.allMapped(),
                List.of("authentication"),
                "-1d",
                List.of(Map.of("kind", "file", "directory", dataDir.resolve("out").toString()))),
            ApiScope.ADMIN,
            "test");
    LogExportStore store = new LogExportStore(api.duoctl.database().jdbi());
    Instant now = Instant.now();
    Partition acme = new Partition("siem", "org-acme", LogKind.AUTHENTICATION);
    Partition globex = new Partition("siem", "org-globex", LogKind.AUTHENTICATION);
    store.save(
        Checkpoint.start(acme, "Acme", "file", "1,", now.minus(Duration.ofHours(2)))
            .advanced("2,a", now.minusSeconds(60), List.of("a"), 40, now),
        null);
    store.save(
        Checkpoint.start(globex, "Globex", "file", "1,", now.minus(Duration.ofHours(2)))
            .advanced("3,b", now.minusSeconds(600), List.of("b"), 2, now),
        null);
    store.save(
        new Checkpoint(
            globex,
            "Globex",
            "file",
            "3,b",
            now.minusSeconds(600),
            List.of("b"),
            2,
            null,
            now,
            now,
            "disk full",
            now),
        "3,b");
    api.duoctl
        .database()
        .jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO log_rule (id, name, enabled, definition, secret_set, created_at,"
                      + " created_by) VALUES ('r1', 'fraud-alert', TRUE, '{}', FALSE,"
                      + " CURRENT_TIMESTAMP, 'test')");
              for (String state : List.of("sent", "sent", "suppressed")) {
                h.execute(
                    "INSERT INTO log_rule_firing (rule_id, firing_key, firing_id, organization_id,"
                        + " event_key, state, payload, attempts, created_at, updated_at)"
                        + " VALUES ('r1', ?, ?, 'org-acme', 'e', ?, '{}', 1, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)",
                    "k-" + state + System.nanoTime(),
                    "f" + System.nanoTime(),
                    state);
              }
            });

    Map<String, Double> samples = MetricsApiTest.samples(api.get("/metrics", api.readToken).text());

    String sink = "{export=\"siem\",log=\"authentication\",sink=\"file\"}";
    assertThat(samples).containsEntry("duoctl_log_export_events_total" + sink, 42.0);
    assertThat(samples.get("duoctl_log_export_lag_seconds" + sink)).isBetween(600.0, 660.0);
    assertThat(samples)
        .containsEntry("duoctl_log_export_errors_total{export=\"siem\",sink=\"file\"}", 1.0)
        .containsEntry("duoctl_log_rule_firings_total{outcome=\"sent\",rule=\"fraud-alert\"}", 2.0)
        .containsEntry(
            "duoctl_log_rule_firings_total{outcome=\"suppressed\",rule=\"fraud-alert\"}", 1.0)
        .containsEntry(
            "duoctl_log_rule_firings_total{outcome=\"failed\",rule=\"fraud-alert\"}", 0.0);
    assertThat(samples.keySet())
        .filteredOn(k -> k.startsWith("duoctl_log_export"))
        .noneMatch(k -> k.contains("org-"));
  }
}
