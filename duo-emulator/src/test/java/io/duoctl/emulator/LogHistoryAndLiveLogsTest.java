package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.history.AccountLogs;
import io.duoctl.emulator.admin.history.LiveRates;
import io.duoctl.emulator.admin.history.LogKind;
import io.duoctl.emulator.admin.history.LoggedEvent;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seeded history of all four logs, paged over real HTTP with signed requests; live events picked up
 * from a saved cursor; reading back every event (admin-api.md §2.3, §2.5, §5.14, §6.15-6.18).
 */
@Tag("slow")
class LogHistoryAndLiveLogsTest {

  private static final Instant NOW = Instant.parse("2026-03-04T15:30:00Z");
  private DuoEmulator duo;

  @AfterEach
  void stop() {
    duo.close();
  }

  private Account start(DuoEmulatorBuilder builder, String history) {
    duo =
        builder
            .rateLimits(RateLimits.none())
            .given(
                d ->
                    Fixture.parse(
                            """
      {"accounts": [{"name": "Acme", "integrations": [{"type": "adminapi"}],
        "users": [{"username": "ana"}, {"username": "ben"}, {"username": "carla",
          "phones": [{"number": "+15555550123", "activated": true}]}],
        "admins": [{"name": "Olga Owner", "email": "olga@acme.example", "role": "Owner"}],
        "log_history": %s}]}
      """
                                .formatted(history))
                        .applyTo(d.world()))
            .build()
            .start();
    return duo.world().accounts().get(0);
  }

  private IntegrationKeys keys(Account account) {
    return duo.integrationKeys(account, IntegrationType.ADMIN_API).get(0);
  }

  /** Pages a v2 log from {@code cursor} (null: the start) until next_offset is null. */
  private List<JsonNode> page(
      Account account, String path, String records, long mintime, long maxtime, String cursor) {
    List<JsonNode> all = new ArrayList<>();
    String next = cursor;
    do {
      SignedCall call =
          SignedCall.get(duo, keys(account), path)
              .param("mintime", Long.toString(mintime))
              .param("maxtime", Long.toString(maxtime))
              .param("limit", "100")
              .param("sort", "ts:asc");
      if (next != null) {
        call.param("next_offset", next);
      }
      JsonNode response = call.send().response();
      response.get(records).forEach(all::add);
      JsonNode offset = response.get("metadata").get("next_offset");
      next =
          offset.isNull()
              ? null
              : offset.isArray()
                  ? offset.get(0).asText() + "," + offset.get(1).asText()
                  : offset.asText();
    } while (next != null);
    return all;
  }

  private static List<String> ids(List<LoggedEvent> events) {
    return events.stream().map(LoggedEvent::id).toList();
  }

  private static List<String> field(List<JsonNode> items, String name) {
    return items.stream().map(i -> i.get(name).asText()).toList();
  }

  @Test
  void history_ofAllFourLogs_pagesOverHttp_eachSeededEventExactlyOnce() {
    Account account =
        start(
            DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)),
            """
            {"days": 30, "auth_per_day": 200, "admin_per_day": 5, "telephony_per_day": 10,
             "activity_per_day": 20, "seed": 7}""");
    AccountLogs logs = AccountLogs.of(duo.world(), account);
    long min = NOW.minus(Duration.ofDays(31)).toEpochMilli();
    long max = NOW.toEpochMilli();

    List<JsonNode> auth =
        page(account, "/admin/v2/logs/authentication", "authlogs", min, max, null);
    List<JsonNode> phone = page(account, "/admin/v2/logs/telephony", "items", min, max, null);
    List<JsonNode> activity = page(account, "/admin/v2/logs/activity", "items", min, max, null);
    JsonNode admin =
        SignedCall.get(duo, keys(account), "/admin/v1/logs/administrator")
            .param("mintime", Long.toString(min / 1000))
            .send()
            .response();

    List<LoggedEvent> seededAuth = logs.events(LogKind.AUTHENTICATION);
    assertThat(seededAuth).hasSizeGreaterThan(3000);
    assertThat(field(auth, "txid")).containsExactlyElementsOf(ids(seededAuth));
    assertThat(field(phone, "telephony_id"))
        .hasSizeGreaterThan(150)
        .containsExactlyElementsOf(ids(logs.events(LogKind.TELEPHONY)));
    assertThat(field(activity, "activity_id"))
        .hasSizeGreaterThan(300)
        .containsExactlyElementsOf(ids(logs.events(LogKind.ACTIVITY)));
    List<String> adminKeys = new ArrayList<>();
    admin.forEach(
        e ->
            adminKeys.add(
                e.get("timestamp").asLong()
                    + "|"
                    + e.get("username").asText()
                    + "|"
                    + e.get("action").asText()
                    + "|"
                    + (e.get("object").isNull() ? "" : e.get("object").asText())
                    + "|"
                    + e.get("description").asText()));
    assertThat(adminKeys)
        .hasSizeGreaterThan(75)
        .doesNotHaveDuplicates()
        // v1 has no ids: entries of one second come in the order they were written
        .containsExactlyInAnyOrderElementsOf(ids(logs.events(LogKind.ADMINISTRATOR)));

    Set<Long> millis = new HashSet<>();
    assertThat(seededAuth.stream().filter(e -> !millis.add(e.time().toEpochMilli())).count())
        .as("several events share a millisecond")
        .isPositive();
    for (LogKind kind : LogKind.values()) {
      assertThat(logs.events(kind))
          .allSatisfy(
              e ->
                  assertThat(e.time())
                      .isAfter(NOW.minus(Duration.ofMinutes(2)).minus(Duration.ofDays(30)))
                      .isBefore(NOW.minus(Duration.ofMinutes(2))));
    }
    JsonNode call = phone.get(0);
    assertThat(call.get("context").asText())
        .isIn("authentication", "enrollment", "administrator login", "verify");
    assertThat(call.get("type").asText()).isIn("sms", "phone");
    assertThat(call.get("credits").asInt()).isEqualTo(1);
    assertThat(phone).extracting(p -> p.get("phone").asText()).contains("+15555550123");
    assertThat(activity.get(0).get("akey").asText()).isEqualTo(account.id());
    assertThat(auth.get(0).get("user").get("name").asText()).isIn("ana", "ben", "carla");
  }

  @Test
  void appendedEvents_sharingTheFixedClocksMillisecond_areFoundAfterTheSavedCursor() {
    Account account =
        start(
            DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)).logDelay(Duration.ZERO),
            "{\"days\": 2, \"auth_per_day\": 50}");
    AccountLogs logs = AccountLogs.of(duo.world(), account);
    long min = NOW.minus(Duration.ofDays(3)).toEpochMilli();
    List<JsonNode> read =
        page(account, "/admin/v2/logs/authentication", "authlogs", min, NOW.toEpochMilli(), null);
    JsonNode last = read.get(read.size() - 1);
    String cursor =
        Instant.parse(last.get("isotimestamp").asText()).toEpochMilli()
            + ","
            + last.get("txid").asText();

    AuthLogEntry fraud = logs.appendFraudReport("ana");
    List<String> appended = new ArrayList<>(List.of(fraud.txid()));
    for (int i = 0; i < 3; i++) {
      appended.add(logs.append(LogKind.AUTHENTICATION).id());
    }
    logs.append(LogKind.TELEPHONY);
    duo.clock().advance(Duration.ofSeconds(1));
    long max = duo.clock().instant().toEpochMilli();
    List<JsonNode> fresh =
        page(account, "/admin/v2/logs/authentication", "authlogs", min, max, cursor);

    assertThat(field(fresh, "txid")).containsExactlyElementsOf(appended);
    JsonNode reported = fresh.get(0);
    assertThat(reported.get("factor").asText()).isEqualTo("duo_push");
    assertThat(reported.get("result").asText()).isEqualTo("fraud");
    assertThat(reported.get("reason").asText()).isEqualTo("user_marked_fraud");
    assertThat(reported.get("user").get("name").asText()).isEqualTo("ana");
    assertThat(TrustMonitor.of(account).events())
        .anyMatch(e -> e.surfacedAuth() != null && e.surfacedAuth().txid().equals(fraud.txid()));
    assertThat(ids(logs.events(LogKind.AUTHENTICATION))).endsWith(appended.toArray(String[]::new));
  }

  @Test
  void liveEvents_arriveSteadily_andArePickedUpFromTheLastCursor() throws Exception {
    Account account =
        start(
            DuoEmulator.builder()
                .logDelay(Duration.ZERO)
                .liveLogs(new LiveRates(1200, 120, 120, 120)),
            "{\"days\": 1, \"auth_per_day\": 20}");
    AccountLogs logs = AccountLogs.of(duo.world(), account);
    long min = duo.clock().instant().minus(Duration.ofDays(2)).toEpochMilli();
    List<JsonNode> first =
        page(
            account,
            "/admin/v2/logs/authentication",
            "authlogs",
            min,
            duo.clock().instant().toEpochMilli(),
            null);
    JsonNode last = first.get(first.size() - 1);
    String cursor =
        Instant.parse(last.get("isotimestamp").asText()).toEpochMilli()
            + ","
            + last.get("txid").asText();
    int before = logs.events(LogKind.AUTHENTICATION).size();

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (logs.events(LogKind.AUTHENTICATION).size() < before + 20
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    long max = duo.clock().instant().toEpochMilli() - 1;
    List<JsonNode> second =
        page(account, "/admin/v2/logs/authentication", "authlogs", min, max, cursor);

    List<String> received = new ArrayList<>(field(first, "txid"));
    received.addAll(field(second, "txid"));
    List<String> held =
        logs.events(LogKind.AUTHENTICATION).stream()
            .filter(e -> e.time().toEpochMilli() <= max)
            .map(LoggedEvent::id)
            .toList();
    assertThat(second).hasSizeGreaterThanOrEqualTo(20);
    assertThat(received).containsExactlyElementsOf(held);
    assertThat(logs.events(LogKind.TELEPHONY)).isNotEmpty();
    assertThat(logs.events(LogKind.ACTIVITY)).isNotEmpty();
    assertThat(logs.events(LogKind.ADMINISTRATOR)).isNotEmpty();
  }

  @Test
  void logHistory_badField_isRefusedNamingIt() {
    assertThatThrownBy(
            () -> start(DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)), "{\"days\": 181}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("log_history")
        .hasMessageContaining("days must be a whole number from 0 to 180");
    assertThatThrownBy(
            () ->
                start(
                    DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)),
                    "{\"auth_per_day\": \"many\"}"))
        .hasMessageContaining("auth_per_day must be a whole number");
    assertThatThrownBy(
            () -> start(DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)), "{\"dayz\": 3}"))
        .hasMessageContaining("unknown field dayz");
    duo = DuoEmulator.builder().build();
  }
}
