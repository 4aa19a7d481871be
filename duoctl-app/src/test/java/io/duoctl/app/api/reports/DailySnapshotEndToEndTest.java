package io.duoctl.app.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.reports.snapshots.SnapshotSettings;
import io.duoctl.core.settings.DuoClientFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily snapshot taken by a server's scheduler at its time of day (a second node on the data
 * directory, started with the time 3 seconds ahead), against a generated emulator MSP; the stored
 * figures, read back through {@code GET /api/v1/reports/snapshots}, are computed here from the
 * fixture itself.
 */
class DailySnapshotEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;

  private static ReportsMsp msp;

  @BeforeAll
  static void msp() {
    msp = new ReportsMsp(dataDir, 2, 23);
  }

  @AfterAll
  static void stop() {
    msp.close();
  }

  @Test
  void theServersScheduler_takesTheDailySnapshot_withTheFixturesFigures() throws Exception {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Map<String, String> expected = new LinkedHashMap<>();
    for (JsonNode child : msp.customers()) {
      long[] c = ReportsMsp.userCounts(child);
      expected.put(
          child.path("name").asText(),
          String.join(
              " ",
              List.of(
                  "users=" + c[0],
                  "active=" + c[1],
                  "bypass=" + c[2],
                  "disabled=" + c[3],
                  "locked_out=" + c[4],
                  "pending_deletion=" + c[5],
                  "enrolled=" + c[6],
                  "billable=" + (c[0] - c[5]),
                  "edition=" + child.path("edition").asText(),
                  "credits=" + child.path("telephony_credits").asLong(),
                  "admins=" + child.path("admins").size(),
                  "integrations=" + child.path("integrations").size())));
    }

    JsonNode trends;
    try (Duoctl server = serverTakingItsSnapshotSoon()) {
      server.runSchedules();
      trends = awaitToday(today, expected.size());
    }

    Map<String, String> actual = new LinkedHashMap<>();
    for (JsonNode organization : trends.path("organizations")) {
      JsonNode point = organization.path("points").get(0);
      assertThat(point.path("day").asText()).isEqualTo(today);
      JsonNode coverage = point.path("coverage");
      JsonNode accounts = point.path("accounts");
      actual.put(
          organization.path("organization").asText(),
          String.join(
              " ",
              List.of(
                  "users=" + coverage.path("users").asLong(),
                  "active=" + coverage.path("active").asLong(),
                  "bypass=" + coverage.path("bypass").asLong(),
                  "disabled=" + coverage.path("disabled").asLong(),
                  "locked_out=" + coverage.path("locked_out").asLong(),
                  "pending_deletion=" + coverage.path("pending_deletion").asLong(),
                  "enrolled=" + coverage.path("enrolled").asLong(),
                  "billable=" + point.path("billing").path("billable_users").asLong(),
                  "edition=" + accounts.path("edition").asText(),
                  "credits=" + accounts.path("telephony_credits").asLong(),
                  "admins=" + accounts.path("admins").asLong(),
                  "integrations=" + accounts.path("integrations").asLong())));
    }
    assertThat(actual).isEqualTo(expected);
    JsonNode overall = trends.path("overall").get(0);
    assertThat(overall.path("organizations").asInt()).isEqualTo(expected.size());
    long users = 0;
    for (JsonNode child : msp.customers()) {
      users += child.path("users").size();
    }
    assertThat(overall.path("coverage").path("users").asLong()).isEqualTo(users);
  }

  /**
   * A second node on the same data directory, as {@code duoctl serve}, due in 10 seconds: time
   * enough to start on a loaded machine, since a daily time already past when the scheduler starts
   * waits for the next day.
   */
  private static Duoctl serverTakingItsSnapshotSoon() {
    LocalTime soon = LocalTime.now(ZoneOffset.UTC).plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
    return Duoctl.start(
        new AppConfig(dataDir, null, null, null, null, "cli:server")
            .withSchedulePoll(Duration.ofMillis(200))
            .withSnapshots(new SnapshotSettings(soon, ZoneOffset.UTC, 400)),
        Clock.systemUTC(),
        new DuoClientFactory(Clock.systemUTC(), wait -> {}));
  }

  private static JsonNode awaitToday(String today, int organizations) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      JsonNode trends =
          JSON.readTree(
              msp.call(
                  "GET", "/api/v1/reports/snapshots?from=" + today + "&to=" + today, null, 200));
      if (trends.path("organizations").size() == organizations || Instant.now().isAfter(deadline)) {
        assertThat(trends.path("organizations").size())
            .as(trends.toString())
            .isEqualTo(organizations);
        return trends;
      }
      Thread.sleep(200);
    }
  }
}
