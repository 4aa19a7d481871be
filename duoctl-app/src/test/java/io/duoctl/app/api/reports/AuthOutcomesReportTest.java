package io.duoctl.app.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.authlog.AuthHistory;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authentication outcomes report against two customers whose authentication logs are seeded
 * through the emulator's model (a week of ordinary history, one user bombarded with pushes, and
 * entries outside the window); the expected figures are counted here from the seeded log.
 */
class AuthOutcomesReportTest {
  @TempDir static Path dataDir;

  private static ReportsMsp msp;
  private static final Map<String, List<AuthLogEntry>> LOGS = new LinkedHashMap<>();
  private static Instant now;

  @BeforeAll
  static void seededLogs() {
    msp = new ReportsMsp(dataDir, 2, 17);
    now = Instant.now();
    long seed = 1;
    for (Account account : msp.duo.world().accounts()) {
      if (!account.isChild()) {
        continue;
      }
      List<AuthLogEntry.Subject> users = new ArrayList<>();
      for (User user : UserDirectory.of(msp.duo.world(), account).all()) {
        users.add(new AuthLogEntry.Subject(user.userId(), user.username(), List.of(), List.of()));
      }
      AuthLogEntry.Party vpn = new AuthLogEntry.Party("DIVPN0000000000000" + seed, "VPN");
      // a week of history ending an hour ago, and a month before it that the window leaves out
      AuthHistory.seed(account, now.minus(Duration.ofHours(1)), 6, 30, seed, users, List.of(vpn));
      AuthHistory.seed(
          account, now.minus(Duration.ofDays(9)), 20, 30, seed + 100, users, List.of(vpn));
      AuthLogEntry.Subject target = users.get(0);
      Instant burst = now.minus(Duration.ofHours(3));
      for (int i = 0; i < 6 + (int) seed; i++) {
        AuthLog.of(account).record(push(burst.plusSeconds(40L * i), target, vpn, "denied"));
      }
      LOGS.put(account.name(), AuthLog.of(account).entries());
      seed++;
    }
  }

  @AfterAll
  static void stop() {
    msp.close();
  }

  @Test
  void countsOutcomesDenialReasonsFraudAndPushFatigue_perOrganization() throws Exception {
    Map<String, String> expected = new TreeMap<>();
    Instant from = now.minus(Duration.ofDays(7));
    LOGS.forEach((organization, log) -> expected.put(organization, expectedFigures(log, from)));

    Map<String, String> actual = new TreeMap<>();
    for (JsonNode item :
        ReportsMsp.items(
            msp.run(
                "auth_outcomes",
                "json",
                "{\"all_organizations\": true, \"input\": {\"days\": 7, \"fatigue_pushes\": 5,"
                    + " \"fatigue_minutes\": 10}}"))) {
      assertThat(item.path("ok").asBoolean()).as(item.toString()).isTrue();
      actual.put(
          item.path("organization").asText(),
          String.join(
              " | ",
              item.path("authentications").asText(),
              item.path("successes").asText(),
              item.path("denials").asText(),
              item.path("denials_by_reason").asText(),
              item.path("fraud_reports").asText(),
              item.path("push_fatigue").asText()));
    }

    assertThat(actual).isEqualTo(expected).hasSize(2);
    assertThat(actual.values())
        .allSatisfy(row -> assertThat(row).contains("no_response").doesNotEndWith("| "));
  }

  /** The figures of one seeded log in the report's week, counted the simplest way. */
  private static String expectedFigures(List<AuthLogEntry> log, Instant from) {
    long total = 0;
    long successes = 0;
    long denials = 0;
    long fraud = 0;
    Map<String, Long> reasons = new TreeMap<>();
    Map<String, List<Instant>> refusedPushes = new TreeMap<>();
    for (AuthLogEntry entry : log) {
      if (entry.time().isBefore(from) || !entry.eventType().equals("authentication")) {
        continue;
      }
      total++;
      switch (entry.result()) {
        case "success" -> successes++;
        case "denied" -> {
          denials++;
          reasons.merge(entry.reason(), 1L, Long::sum);
        }
        default -> fraud++;
      }
      if (entry.factor().equals("duo_push") && !entry.result().equals("success")) {
        refusedPushes
            .computeIfAbsent(entry.user().name(), u -> new ArrayList<>())
            .add(entry.time());
      }
    }
    List<String> byReason = new ArrayList<>();
    reasons.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> byReason.add(e.getKey() + "=" + e.getValue()));
    List<String> fatigue = new ArrayList<>();
    refusedPushes.forEach(
        (user, times) -> {
          int most = 0;
          for (Instant start : times) {
            int within = 0;
            for (Instant time : times) {
              within +=
                  !time.isBefore(start) && !time.isAfter(start.plus(Duration.ofMinutes(10)))
                      ? 1
                      : 0;
            }
            most = Math.max(most, within);
          }
          if (most >= 5) {
            fatigue.add(user + "=" + most);
          }
        });
    return String.join(
        " | ",
        Long.toString(total),
        Long.toString(successes),
        Long.toString(denials),
        String.join(";", byReason),
        Long.toString(fraud),
        String.join(";", fatigue));
  }

  private static AuthLogEntry push(
      Instant time, AuthLogEntry.Subject user, AuthLogEntry.Party app, String result) {
    return new AuthLogEntry(
        UUID.nameUUIDFromBytes(
                (user.key() + time).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString(),
        time,
        "authentication",
        "duo_push",
        result,
        "no_response",
        user,
        app,
        new AuthLogEntry.AccessDevice("203.0.113.9", "ws-1", null, "Chrome", "Windows"),
        null,
        "",
        user.name());
  }
}
